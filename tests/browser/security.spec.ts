// Every page served with the real public/_headers (as Netlify or Cloudflare Pages
// would: the test server applies dist/_headers): no CSP violation, no console
// error, no request to another origin, and search still works under the policy.
// The pages are read from each project's built site, never named here.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { publicPaths } from '../../src/integrations/dist-links.ts';
import { recordedPathsOfKind } from '../../src/integrations/rendered-pages.ts';
import { test, expect } from './fixtures';

const MISSING = '/no-such-page/';

/** The first published article and therapist, as the build recorded what each page is, and a word from the article's title that search must find. */
function samples(dist: string) {
  const cacheDir = join(dirname(resolve(dist)), '.cache/astro'); // the project's Astro cacheDir (astro.config.mjs)
  const [article] = recordedPathsOfKind(cacheDir, 'article');
  const [therapist] = recordedPathsOfKind(cacheDir, 'therapist');
  if (!article || !therapist) throw new Error(`The build of ${dist} recorded no article or no therapist page.`);
  const title = /<h1[^>]*>([^<]+)</.exec(readFileSync(join(dist, article, 'index.html'), 'utf8'))![1]!;
  const word = title.split(/[^A-Za-z]+/).find((w) => w.length >= 5)!.toLowerCase();
  return { article, therapist, word };
}

test('the security headers are served with every page', async ({ request, builtSite }) => {
  const response = await request.get(samples(builtSite.dist).article);
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("form-action 'self';");
  expect(csp).not.toContain("'unsafe-inline'");
  expect(csp).not.toMatch(/'unsafe-eval'/);
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{8}/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['permissions-policy']).toContain('geolocation=()');
  expect(headers['cache-control']).toBe('public, max-age=300, must-revalidate');
  const og = await request.get('/og/default.png');
  expect(og.status()).toBe(200);
  expect(og.headers()['cache-control']).toBe('public, max-age=86400');
  expect((await request.get('/_headers')).status()).toBe(404);
});

test('no CSP violation, console error or request to another origin on any page', async ({ page, offsiteRequests, builtSite }) => {
  test.setTimeout(120_000);
  const { word } = samples(builtSite.dist);
  const pages = [...publicPaths(builtSite.dist).filter((p) => p !== '/404.html'), `/search/?q=${word}`, MISSING];
  const problems: string[] = [];
  let current = '';
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // The one error expected: the browser reporting the 404 status of the missing page itself.
    if (current === MISSING && /status of 404/.test(msg.text()) && msg.location().url.endsWith(MISSING)) return;
    problems.push(`${current}: console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${current}: error: ${error.message}`));
  for (const path of pages) {
    current = path;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(path === MISSING ? 404 : 200);
    expect(response?.headers()['content-security-policy'], path).toBeTruthy();
    if (path.includes('?q=')) await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    for (const v of violations) problems.push(`${path}: CSP: ${v}`);
  }
  expect(problems).toEqual([]);
  expect(offsiteRequests).toEqual([]);
});

test('search finds an article by a word of its title under the policy', async ({ page, builtSite }) => {
  const { article, word } = samples(builtSite.dist);
  const violations: string[] = [];
  page.on('console', (msg) => /Content Security Policy/i.test(msg.text()) && violations.push(msg.text()));
  await page.goto('/search/');
  await page.getByLabel('Search articles, services and therapists').fill(word);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator(`[data-search-results] a[href="${article}"]`)).toBeVisible();
  expect(violations).toEqual([]);
});

test('links to other sites open in the same tab and say nothing is hidden: no target=_blank, rel=noopener', async ({ page, builtSite }) => {
  const { article, therapist } = samples(builtSite.dist);
  for (const path of [article, '/contact/', therapist, '/book/']) {
    await page.goto(path);
    const external = await page.$$eval('a[href^="http"]', (links) => links.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel'), target: a.getAttribute('target') })));
    expect(external.length, path).toBeGreaterThan(0);
    for (const link of external) {
      expect(link.rel, `${path} ${link.href}`).toContain('noopener');
      expect(link.rel ?? '', 'booking links keep the referrer').not.toContain('noreferrer');
      expect(link.target, `${path} ${link.href}`).toBeNull();
    }
  }
});

test('only the search page may compile WebAssembly: every other page refuses it under its policy', async ({ page, builtSite }) => {
  const { article } = samples(builtSite.dist);
  // The smallest valid module: the magic number and version.
  const compiles = () => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'compiled', (error: Error) => error.name);
  for (const path of ['/', article, '/book/', '/contact/']) {
    await page.goto(path);
    expect(await page.evaluate(compiles), path).toBe('CompileError');
  }
  await page.goto('/search/');
  expect(await page.evaluate(compiles)).toBe('compiled');
});
