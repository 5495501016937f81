// How pages adapt to the reader's settings, in Chromium on the fixture clinic:
// the dark colour scheme (by the system setting alone, no script), print,
// reduced motion and forced colours (Windows high contrast).
import { test, expect } from './fixtures';

const ARTICLE = '/articles/shoulder-tension-at-work/';
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test('the dark scheme follows the system setting, with no script and nothing to toggle', async ({ page, offsiteRequests }) => {
  const colours = async () => page.evaluate(() => ({ body: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color, scheme: getComputedStyle(document.documentElement).colorScheme }));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(ARTICLE);
  const light = await colours();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await colours();
  expect(light.scheme).toBe('light dark');
  expect(light.body).toBe(rgb('#ffffff'));
  // Dark: a dark page with light text (the exact values are the design tokens', checked in the unit tests).
  const lightness = (colour: string) => colour.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
  expect(lightness(dark.body)).toBeLessThan(40);
  expect(lightness(dark.text)).toBeGreaterThan(200);
  expect(await page.locator('script:not([type="application/ld+json"]):not([type="speculationrules"])').count()).toBe(0);
  expect(offsiteRequests).toEqual([]);
});

test('an article prints as an article: no header, footer, booking bar or buttons; who and where once; the sources’ addresses; light colours', async ({ page, clinic, offsiteRequests }) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto(ARTICLE);
  for (const hidden of ['body > header', 'body > footer', '[data-mobile-book-bar]', 'section[data-cta="booking"]', 'nav[aria-label="Breadcrumb"]']) {
    const shown = await page.locator(hidden).evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
    expect(shown, hidden).toBe(0);
  }
  const letterhead = page.locator('[data-print-only]');
  await expect(letterhead).toBeVisible();
  const printed = (await letterhead.innerText()).replace(/\s+/g, ' ');
  expect(printed).toContain(clinic.name);
  expect(printed).toContain(clinic.phone.display);
  expect(printed).toContain(`${new URL(ARTICLE, 'https://harbourlight.example').toString()}`);
  // Once: nothing else on paper repeats the phone number.
  const visibleText = await page.evaluate(() => document.body.innerText);
  expect(visibleText.split(clinic.phone.display).length - 1).toBe(1);
  const source = page.locator('[data-citation] a').first();
  const href = await source.getAttribute('href');
  expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe(rgb('#1d2b2b'));
  expect(offsiteRequests).toEqual([]);
});

test('on screen, the print-only line is not there, not even for screen readers', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.locator('[data-print-only]')).toBeHidden();
});

test('reduced motion: no transitions', async ({ page }) => {
  await page.goto('/articles/');
  const card = page.locator('main article').first();
  expect(await card.evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await card.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
});

test('forced colours: buttons keep an edge the system paints, and the focus ring is the system highlight', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(ARTICLE);
  const button = page.locator('section[data-placement="article-end"] a[data-minutes]').first();
  const edge = await button.evaluate((el) => ({ style: getComputedStyle(el).borderTopStyle, width: parseFloat(getComputedStyle(el).borderTopWidth) }));
  expect(edge.style).toBe('solid');
  expect(edge.width).toBeGreaterThanOrEqual(1);
  await button.focus();
  // Focused from the keyboard (Tab back and forth), so that :focus-visible applies.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  const ring = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor, highlight };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(ring.color).toBe(ring.highlight);
});
