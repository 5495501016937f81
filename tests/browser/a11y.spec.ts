// axe-core with the WCAG 2.x A and AA rules (2.2 included) on every page in the
// sitemap, plus the pages kept out of it (search, 404), at phone and desktop widths.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

function sitemapPaths(): string[] {
  const index = readFileSync('dist/sitemap-index.xml', 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return sitemaps.flatMap((s) => [...readFileSync(`dist${s}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}

const PAGES = [...sitemapPaths(), '/search/', '/404.html'];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the sitemap lists the pages to check', () => {
  expect(PAGES.length).toBeGreaterThan(25);
});

for (const width of [390, 1280]) {
  test(`axe: no WCAG A/AA violations on any page at ${width} px`, async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const v of results.violations) problems.push(`${path}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      if (results.passes.length < 10) problems.push(`${path}: axe ran only ${results.passes.length} passing checks`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
}
