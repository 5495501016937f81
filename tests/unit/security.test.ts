import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCsp, cspHash, inlineCode } from '../../src/lib/csp';
import { addToBlock, headersForPath, parseHeadersFile, patternMatches, withoutDetachLines } from '../../src/lib/headers-file';
import { markExternalLinks } from '../../src/integrations/security-headers';

describe('Content-Security-Policy', () => {
  it('hashes an inline element’s exact text', () => {
    expect(cspHash('body{color:red}')).toBe(`'sha256-${createHash('sha256').update('body{color:red}').digest('base64')}'`);
  });
  it('allows scripts and styles only from the site or by hash, never unsafe-inline or unsafe-eval', () => {
    const csp = buildCsp({ scriptHashes: ["'sha256-b'", "'sha256-a'", "'sha256-a'"], styleHashes: ["'sha256-s'"], formActions: ['https://clinic.janeapp.com'] });
    expect(csp).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' https://clinic.janeapp.com; frame-ancestors 'none'; frame-src 'none'",
    );
    expect(csp).not.toMatch(/'unsafe-(inline|eval)'/);
  });
  it('finds inline styles and executable inline scripts, not external scripts or JSON-LD', () => {
    const html = '<style>a{}</style><script type="application/ld+json">{"a":1}</script><script src="/x.js"></script><script type="module">run()</script><script>go()</script>';
    expect(inlineCode(html)).toEqual({ styles: ['a{}'], scripts: ['run()', 'go()'] });
  });
});

describe('_headers', () => {
  const file = `# comment
/*
  X-Frame-Options: DENY
  Cache-Control: public, max-age=300

/_astro/*
  ! Cache-Control
  Cache-Control: public, max-age=31536000, immutable

/og/*
  Cache-Control: public, max-age=86400
`;
  const rules = parseHeadersFile(file);

  it('parses blocks of a pattern and its headers', () => {
    expect(rules).toEqual([
      { pattern: '/*', set: [['X-Frame-Options', 'DENY'], ['Cache-Control', 'public, max-age=300']], detach: [] },
      { pattern: '/_astro/*', set: [['Cache-Control', 'public, max-age=31536000, immutable']], detach: ['cache-control'] },
      { pattern: '/og/*', set: [['Cache-Control', 'public, max-age=86400']], detach: [] },
    ]);
  });
  it('matches splats', () => {
    expect(patternMatches('/*', '/about/')).toBe(true);
    expect(patternMatches('/_astro/*', '/_astro/a.js')).toBe(true);
    expect(patternMatches('/_astro/*', '/about/')).toBe(false);
    expect(patternMatches('/about/', '/about/')).toBe(true);
  });
  it('applies every matching rule in order, joining repeats unless detached (as Cloudflare Pages does)', () => {
    expect(headersForPath(rules, '/about/')).toEqual({ 'X-Frame-Options': 'DENY', 'Cache-Control': 'public, max-age=300' });
    expect(headersForPath(rules, '/_astro/a.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersForPath(rules, '/og/a.png')['Cache-Control']).toBe('public, max-age=300, public, max-age=86400');
  });
  it('drops detach lines for Netlify and adds lines to a block', () => {
    expect(withoutDetachLines(file)).not.toContain('!');
    const added = addToBlock(file, '/*', ['Content-Security-Policy: x']);
    expect(headersForPath(parseHeadersFile(added), '/')['Content-Security-Policy']).toBe('x');
    expect(() => addToBlock('/a\n  X: y\n', '/*', ['Z: 1'])).toThrow(/no "\/\*" block/);
  });
  it('rejects a malformed line, naming it', () => {
    expect(() => parseHeadersFile('/*\n  not a header\n')).toThrow(/line 2/);
  });
});

describe('markExternalLinks', () => {
  it('adds rel="noopener" to links to other sites that have no rel, and nothing else', () => {
    const html = '<a href="https://doi.org/x">a</a><a href="/about/">b</a><a href="https://massagerx.example/x">c</a><a href="https://x.example" rel="author">d</a><a href="tel:+1">e</a>';
    expect(markExternalLinks(html, 'https://massagerx.example')).toBe(
      '<a href="https://doi.org/x" rel="noopener">a</a><a href="/about/">b</a><a href="https://massagerx.example/x">c</a><a href="https://x.example" rel="author">d</a><a href="tel:+1">e</a>',
    );
  });
});
