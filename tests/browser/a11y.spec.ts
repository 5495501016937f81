// axe-core with the WCAG 2.x A and AA rules (2.2 included) on every page the
// build produced (the sitemap's, and those kept out of it: search, 404), at
// phone and desktop widths, in the light and the dark colour scheme, in each project's site.
import { axeCheck } from '../../scripts/lib/page-checks.ts';
import { publicPaths } from '../../src/integrations/dist-links.ts';
import { sitemapPaths, test, expect } from './fixtures';

test('every page the sitemap lists was built, and is checked', ({ builtSite }) => {
  const built = publicPaths(builtSite.dist);
  expect(built.length).toBeGreaterThan(0);
  for (const path of sitemapPaths(builtSite.dist)) expect(built).toContain(path);
});

for (const [width, colorScheme] of [[390, 'light'], [1280, 'light'], [390, 'dark'], [1280, 'dark']] as const) {
  test(`axe: no WCAG A/AA violations on any page at ${width} px in the ${colorScheme} colour scheme`, async ({ browser, builtSite }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of publicPaths(builtSite.dist)) {
      await page.goto(path);
      const results = await axeCheck(page);
      for (const v of results.violations) problems.push(`${path}: ${v.id}: ${v.help} (${v.targets.join(', ')})`);
      if (results.passes < 10) problems.push(`${path}: axe ran only ${results.passes} passing checks`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
}
