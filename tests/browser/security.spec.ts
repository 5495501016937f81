// Every page served with the real public/_headers (as Netlify or Cloudflare Pages
// would: the test server applies dist/_headers): no CSP violation, no console
// error, no request to another origin, and search still works under the policy.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

function sitemapPaths(): string[] {
  const index = readFileSync('dist/sitemap-index.xml', 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) =>
    [...readFileSync(`dist${new URL(m[1]!).pathname}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((u) => new URL(u[1]!).pathname),
  );
}

const PAGES = [...sitemapPaths(), '/search/', '/search/?q=hip', '/no-such-page/'];

test('the security headers are served with every page', async ({ request }) => {
  const response = await request.get('/articles/hip-balance-and-lower-back-pain/');
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/form-action 'self' https:\/\/\S+/);
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
  expect(og.headers()['cache-control']).toBe('public, max-age=86400');
  expect((await request.get('/_headers')).status()).toBe(404);
});

test('hashed assets are cached for a year, immutably', async ({ request, page }) => {
  await page.goto('/search/');
  const assets = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/_astro/')));
  const path = assets[0] ?? '/_astro/';
  const response = await request.get(path);
  expect(response.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
});

test(`no CSP violation, console error or request to another origin on ${PAGES.length} pages`, async ({ page, offsiteRequests }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/404 \(Not Found\)/.test(msg.text())) problems.push(`${page.url()}: console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: error: ${error.message}`));
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toBeTruthy();
    if (path.includes('?q=')) await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    for (const v of violations) problems.push(`${path}: CSP: ${v}`);
  }
  expect(problems).toEqual([]);
  expect(offsiteRequests).toEqual([]);
});

test('search finds the seed article for "hip" under the policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (msg) => /Content Security Policy/i.test(msg.text()) && violations.push(msg.text()));
  await page.goto('/search/');
  await page.getByLabel('Search articles, services and therapists').fill('hip');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('[data-search-results] a[href="/articles/hip-balance-and-lower-back-pain/"]')).toBeVisible();
  expect(violations).toEqual([]);
});

test('links to other sites open in the same tab and say nothing is hidden: no target=_blank, rel=noopener', async ({ page }) => {
  for (const path of ['/articles/hip-balance-and-lower-back-pain/', '/contact/', '/therapists/maya-chen/', '/book/']) {
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
