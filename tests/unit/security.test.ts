import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildAdminCsp, buildCsp, cspDirective, cspHash, metaPolicy, webAssemblyPaths } from '../../src/lib/hosting/csp';
import { scanPage } from '../../src/lib/hosting/page-scan';
import { addToBlock, copyBlock, headersForPath, parseHeadersFile, patternMatches, withoutDetachLines } from '../../src/lib/hosting/headers-file';
import { markdownToHtml, mdxToJs } from 'satteri';
import { linksOutPlugin } from '../../src/lib/content/links-out';

describe('Content-Security-Policy', () => {
  it('hashes an inline element’s exact text', () => {
    expect(cspHash('body{color:red}')).toBe(`'sha256-${createHash('sha256').update('body{color:red}').digest('base64')}'`);
  });
  it('allows scripts and styles only from the site or by hash, never unsafe-inline or unsafe-eval', () => {
    const csp = buildCsp({ scriptHashes: ["'sha256-b'", "'sha256-a'", "'sha256-a'"], styleHashes: ["'sha256-s'"] });
    expect(csp).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; frame-src 'none'",
    );
    expect(csp).not.toMatch(/'unsafe-(inline|eval)'/);
  });
  it('allows WebAssembly on the search page of every language and Pagefind\'s files, nowhere else', () => {
    expect(webAssemblyPaths(['en'])).toEqual(['/search/*', '/pagefind/*']);
    expect(webAssemblyPaths(['en', 'fr'])).toEqual(['/search/*', '/fr/search/*', '/pagefind/*']);
    expect(webAssemblyPaths(['fr', 'en'])).toEqual(['/search/*', '/en/search/*', '/pagefind/*']);
  });
  it('lets a page compile WebAssembly only when asked (the search page), changing nothing else', () => {
    const input = { scriptHashes: ["'sha256-a'"], styleHashes: [] };
    expect(buildCsp(input)).not.toContain('wasm');
    expect(buildCsp({ ...input, webAssembly: true })).toBe(buildCsp(input).replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
  });
  it('finds inline styles and executable inline scripts, not external scripts or JSON-LD', () => {
    const html = '<style>a{}</style><script type="application/ld+json">{"a":1}</script><script src="/x.js"></script><script type="module">run()</script><script>go()</script>';
    const { inlineStyles, inlineScripts } = scanPage(html, 'https://massagerx.example');
    expect({ styles: inlineStyles, scripts: inlineScripts }).toEqual({ styles: ['a{}'], scripts: ['run()', 'go()'] });
  });
  it('also finds speculation rules, which the browser checks against script-src', () => {
    const { inlineScripts } = scanPage('<script type="speculationrules">{"prefetch":[]}</script><script type="application/json">{}</script>', 'https://massagerx.example');
    expect(inlineScripts).toEqual(['{"prefetch":[]}']);
  });
});

describe('copying a block of _headers for another path', () => {
  it('adds the block\'s header lines under the new pattern, right after it, and leaves the rest alone', () => {
    const text = '/*\n  A: 1\n\n# the search page\n/search/*\n  ! B\n  C: 2\n\n/admin/*\n  D: 3\n';
    const copied = copyBlock(text, '/search/*', '/fr/search/*');
    expect(copied).toBe('/*\n  A: 1\n\n# the search page\n/search/*\n  ! B\n  C: 2\n\n/fr/search/*\n  ! B\n  C: 2\n\n/admin/*\n  D: 3\n');
    expect(headersForPath(parseHeadersFile(copied), '/fr/search/')['C']).toBe('2');
    expect(() => copyBlock(text, '/nope/*', '/x/*')).toThrow(/no "\/nope\/\*" block/);
  });
});

describe('a directive of a policy', () => {
  it('is found whole by its name, never by a name it starts with', () => {
    const policy = "default-src 'self'; script-src-elem 'self'; script-src 'self' 'sha256-x'; connect-src 'self' https://e.example";
    expect(cspDirective(policy, 'script-src')).toBe("script-src 'self' 'sha256-x'");
    expect(cspDirective(policy, 'connect-src')).toBe("connect-src 'self' https://e.example");
    expect(cspDirective(policy, 'img-src')).toBe('');
  });
});

describe('a policy in a <meta>', () => {
  it('keeps every directive but those a meta tag cannot carry', () => {
    const policy = buildAdminCsp({ connect: ['https://api.example.org'], images: [] });
    const meta = metaPolicy(`${policy}; report-uri /csp; sandbox`);
    expect(meta).not.toMatch(/frame-ancestors|report-uri|sandbox/);
    expect(meta.split('; ')).toEqual(policy.split('; ').filter((d) => !d.startsWith('frame-ancestors')));
    expect(meta).toContain("connect-src 'self' data: blob: https://api.example.org");
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

describe('links out in content', () => {
  const plugin = linksOutPlugin('https://massagerx.example');
  it('get rel="noopener" as Markdown renders; links in the site, with a rel, or not over http do not', async () => {
    const source = '[a](https://doi.org/x) [b](/about/) [c](https://massagerx.example/x) [e](tel:+1) <a href="https://x.example" rel="author">d</a>';
    const { html } = await markdownToHtml(source, { hastPlugins: [plugin] });
    expect(html).toContain('<a href="https://doi.org/x" rel="noopener">a</a>');
    expect(html).toContain('<a href="/about/">b</a>');
    expect(html).toContain('<a href="https://massagerx.example/x">c</a>');
    expect(html).toContain('<a href="tel:+1">e</a>');
    expect(html).toContain('rel="author"');
    expect(html.match(/noopener/g)).toHaveLength(1);
  });
  it('also when MDX writes the link as an <a> element', async () => {
    const { code } = await mdxToJs('See <a href="https://doi.org/y">this</a> and [that](https://doi.org/z).', { hastPlugins: [plugin] });
    expect(code.match(/rel: "noopener"/g)).toHaveLength(2);
  });
});
