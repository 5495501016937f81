import { describe, expect, it } from 'vitest';
import { scanPage, withoutInlineCode } from '../../src/lib/hosting/page-scan';
import { cspHash } from '../../src/lib/hosting/csp';

const SITE = 'https://clinic.example';

describe('scanPage', () => {
  it('finds every reference a page makes: links, stylesheets, images, srcsets, scripts', () => {
    const html = [
      '<link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://clinic.example/a/">',
      '<a href="/services/#top">s</a><area href="/map/"><img src="/og/a.png" srcset="/a-1x.png 1x, /a-2x.png 2x" alt="">',
      '<script type="module" src="/admin/editor.js"></script><a href="mailto:x@clinic.example">m</a>',
    ].join('');
    expect(scanPage(html, SITE).references).toEqual(['/favicon.svg', 'https://clinic.example/a/', '/services/#top', '/map/', '/og/a.png', '/a-1x.png', '/a-2x.png', '/admin/editor.js', 'mailto:x@clinic.example']);
  });
  it('decodes what an attribute escapes, and reads single-quoted, unquoted and ">"-holding values', () => {
    const html = `<a href="/search/?q=a&amp;b=c" title="a > b">x</a><a href='/x/'>y</a><a href=/z/>z</a><p id="one&quot;two">`;
    const scan = scanPage(html, SITE);
    expect(scan.references).toEqual(['/search/?q=a&b=c', '/x/', '/z/']);
    expect(scan.ids).toEqual(['one"two']);
    // Every character reference HTML has, named or numbered, as a browser reads it.
    expect(scanPage(`<a href="/caf&eacute;/&#39;&#x2F;&lt;&nbsp;&hellip;">c</a>`, SITE).references).toEqual(["/café/'/<\u00a0…"]);
  });
  it('reads nothing inside <style>, <script>, comments or text as markup', () => {
    const html = '<style>a[href="/nope/"]{}</style><script type="application/ld+json">{"url":"<a href=\\"/no/\\">"}</script><!-- <a href="/old/"> --><p>a < b and <a href="/yes/">y</a></p>';
    expect(scanPage(html, SITE).references).toEqual(['/yes/']);
  });
  it('collects the inline code the policy hashes: styles, executable scripts, not data blocks or scripts with src', () => {
    const html = '<style>a{}</style><script>run()</script><script type="module">go()</script><script type="application/ld+json">{}</script><script src="/x.js"></script><script>if (a &amp;&amp; b < c) go("</p>")</script>';
    const scan = scanPage(html, SITE);
    // A script's text is hashed as written: its character references are not decoded, nothing in it is a tag.
    expect({ scripts: scan.inlineScripts, styles: scan.inlineStyles }).toEqual({ scripts: ['run()', 'go()', 'if (a &amp;&amp; b < c) go("</p>")'], styles: ['a{}'] });
    expect(scan.inlineStyles.map(cspHash)).toEqual([cspHash('a{}')]);
  });
  it('lists links out without rel, and nothing else', () => {
    const html = '<a href="https://doi.org/x">a</a><a href="https://clinic.example/x">b</a><a href="https://x.example" rel="noopener">c</a><a href="//cdn.example/x">d</a><link href="https://else.example/feed">';
    expect(scanPage(html, SITE).linksOutWithoutRel).toEqual(['https://doi.org/x']);
  });
  it('says whether a page marks a part of itself for search', () => {
    expect(scanPage('<main><article data-pagefind-body>x</article></main>', SITE).searchable).toBe(true);
    expect(scanPage('<main><p>data-pagefind-body</p></main>', SITE).searchable).toBe(false);
  });
});

describe('withoutInlineCode', () => {
  it('empties <style> and <script> elements and keeps the rest byte for byte', () => {
    const html = '<html lang="en"><head><style>a{}</style><script type="application/ld+json">{"a":1}</script></head><body><p data-x="<script>">t</p></body></html>';
    expect(withoutInlineCode(html)).toBe('<html lang="en"><head><style></style><script type="application/ld+json"></script></head><body><p data-x="<script>">t</p></body></html>');
  });
});
