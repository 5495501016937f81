// axe-core with the WCAG 2.x A and AA rules (2.2 included) on the key page types.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const PAGES = ['/', '/articles/', '/articles/hip-balance-and-lower-back-pain/', '/articles/your-first-massage-therapy-appointment/', '/services/', '/services/therapeutic-massage/', '/404.html'];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of PAGES) {
  for (const width of [390, 1280]) {
    test(`axe: no WCAG A/AA violations on ${path} at ${width} px`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(summary).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(10);
      await context.close();
    });
  }
}
