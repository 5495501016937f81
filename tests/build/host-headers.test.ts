// The headers as a host applies them: each built site served by Cloudflare's own
// runtime (wrangler pages dev, offline), which reads dist/_headers with the parser
// Cloudflare Pages uses. What the browser gets on every path: exactly one policy
// and one caching rule per response, the editor's own policy under /admin/,
// WebAssembly only where search runs, and caching by kind of file.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersAsSent, startCloudflarePages } from '../../scripts/lib/cloudflare-pages.ts';
import { cspDirective } from '../../src/lib/hosting/csp';
import { sites } from './helpers';

const firstFileIn = (dist: string, folder: string, ending: string) => {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return undefined;
  const file = readdirSync(dir, { recursive: true, withFileTypes: true }).find((e) => e.isFile() && e.name.endsWith(ending));
  return file ? `/${join(file.parentPath, file.name).slice(dist.length + 1)}` : undefined;
};

describe.each(sites)('the $name site under Cloudflare Pages\' own runtime', (site) => {
  let host: Awaited<ReturnType<typeof startCloudflarePages>>;
  beforeAll(async () => {
    host = await startCloudflarePages(site.dist);
  }, 90_000);
  afterAll(() => host?.stop());
  const fetchHeaders = (path: string) => headersAsSent(`${host.origin}${path}`);

  it('parses every rule of _headers', () => {
    expect(host.log()).toMatch(/Parsed \d+ valid header rules/);
    expect(host.log()).not.toMatch(/invalid header rule/i);
  });

  it('sends exactly one Content-Security-Policy and one Cache-Control on every page, with WebAssembly only where search runs', async () => {
    // /404.html is served as the response to a missing page (below): Cloudflare redirects its own address to /404.
    const pages = site.pages().filter((p) => !p.startsWith('/admin/') && p !== '/404.html');
    expect(pages.length).toBeGreaterThan(10);
    const sitePolicy = (await fetchHeaders('/')).headers.get('content-security-policy')![0]!;
    for (const path of pages) {
      const { status, headers } = await fetchHeaders(path);
      expect(status, path).toBe(200);
      expect(headers.get('content-security-policy'), path).toHaveLength(1);
      expect(headers.get('cache-control'), path).toEqual(['public, max-age=300, must-revalidate']);
      const policy = headers.get('content-security-policy')![0]!;
      const isSearch = path.split('/').includes('search');
      expect(cspDirective(policy, 'script-src').includes("'wasm-unsafe-eval'"), path).toBe(isSearch);
      // Apart from WebAssembly on the search page, one policy for every public page.
      expect(policy.replace(" 'wasm-unsafe-eval'", ''), path).toBe(sitePolicy);
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(headers.get('strict-transport-security'), path).toHaveLength(1);
      expect(headers.get('x-content-type-options'), path).toEqual(['nosniff']);
      expect(headers.get('x-frame-options'), path).toEqual(['DENY']);
    }
  }, 60_000);

  it('gives the editor its own policy, uncached and unindexed, and its WebAssembly only to search', async () => {
    const { headers } = await fetchHeaders('/admin/');
    expect(headers.get('content-security-policy')).toHaveLength(1);
    const policy = headers.get('content-security-policy')![0]!;
    expect(cspDirective(policy, 'script-src')).toBe("script-src 'self'");
    expect(cspDirective(policy, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(cspDirective(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(headers.get('cache-control')).toEqual(['no-cache']);
    expect(headers.get('x-robots-tag')).toEqual(['noindex, nofollow']);
    // For hosts that ignore _headers (GitHub Pages), the page carries the same policy, but for what a <meta> cannot set.
    const meta = load(site.read('admin/index.html'))('meta[http-equiv="Content-Security-Policy"]');
    expect(meta.length).toBe(1);
    expect(meta.attr('content')).toBe(policy.split('; ').filter((d) => !d.startsWith('frame-ancestors ')).join('; '));
    const worker = await fetchHeaders('/pagefind/pagefind-worker.js');
    expect(worker.headers.get('content-security-policy')).toHaveLength(1);
    expect(cspDirective(worker.headers.get('content-security-policy')![0]!, 'script-src')).toContain("'wasm-unsafe-eval'");
  });

  it('caches by kind of file: hashed assets for a year, sharing images a day, the search index an hour, a missing page not at all', async () => {
    const expected: Array<[string | undefined, string]> = [
      [firstFileIn(site.dist, '_astro', ''), 'public, max-age=31536000, immutable'],
      [firstFileIn(site.dist, 'og', '.png'), 'public, max-age=86400'],
      ['/pagefind/pagefind.js', 'public, max-age=3600'],
      ['/admin/editor.js', 'no-cache'],
    ];
    for (const [path, cacheControl] of expected.filter((e): e is [string, string] => e[0] !== undefined)) {
      const { status, headers } = await fetchHeaders(path);
      expect(status, path).toBe(200);
      expect(headers.get('cache-control'), path).toEqual([cacheControl]);
      expect(headers.get('content-security-policy'), path).toHaveLength(1);
    }
    const missing = await fetchHeaders('/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toEqual(['no-store']);
    expect(missing.headers.get('content-security-policy')).toHaveLength(1);
  });
});
