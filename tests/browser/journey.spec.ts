// A reader's journey through the fixture clinic in real Chromium: home →
// article → service → booking, with the fixture's own values.
import { test, expect } from './fixtures';

const ARTICLE = '/articles/shoulder-tension-at-work/';

test('from the home page, a reader finds the article, follows its CTA to the service, and lands on booking with the length selected', async ({ page, offsiteRequests, bookingOrigin }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  await expect(page).toHaveURL('/articles/');

  await page.getByRole('link', { name: /Shoulder Tension at Work/ }).click();
  await expect(page).toHaveURL(ARTICLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shoulder Tension at Work: Five Small Fixes');

  const cta = page.getByRole('region', { name: 'Book a sports massage' });
  await expect(cta).toBeVisible();
  await cta.getByRole('link', { name: /About sports massage/ }).click();
  await expect(page).toHaveURL('/services/sports-massage/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sports Massage');

  await page.getByRole('link', { name: 'Book a 45-minute sports massage' }).click();
  await page.waitForURL((url) => url.origin === bookingOrigin);
  const landed = new URL(page.url());
  expect(landed.hash).toBe('#/discipline/7/treatment/71');
  expect(landed.searchParams.get('utm_medium')).toBe('service');
  await expect(page.getByRole('heading', { name: 'Booking stand-in' })).toBeVisible();
  expect(offsiteRequests).toEqual([]);
});

test('the article’s own booking buttons go straight to booking with the service and length selected', async ({ page, offsiteRequests, bookingOrigin }) => {
  await page.goto(ARTICLE);
  const cta = page.getByRole('region', { name: 'Book a sports massage' });
  await cta.getByRole('link', { name: /Book 75 min sports massage/ }).click();
  await page.waitForURL((url) => url.origin === bookingOrigin);
  const landed = new URL(page.url());
  expect(landed.hash).toBe('#/discipline/7/treatment/72');
  expect(landed.searchParams.get('utm_content')).toBe('shoulder-tension-at-work');
  expect(offsiteRequests).toEqual([]);
});

test('keyboard: the first Tab reaches a visible skip link that moves focus to the main content', async ({ page, offsiteRequests }) => {
  await page.goto(ARTICLE);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  const box = await skip.boundingBox();
  expect(box && box.width > 50 && box.height > 20).toBeTruthy();

  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the main content, not back in the header.
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  expect(offsiteRequests).toEqual([]);
});

test('keyboard: Tab from the top reaches the booking CTA, with a visible focus ring', async ({ page, offsiteRequests }) => {
  await page.goto(ARTICLE);
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.closest('section[data-placement="article-end"]') !== null);
  }
  expect(reached, 'Tab reached the article-end CTA').toBe(true);
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  expect(offsiteRequests).toEqual([]);
});

// Without the offsiteRequests fixture: intercepting requests turns Chromium's speculation off. Requests are watched instead.
test('click to book, sped up: resting on the booking box’s service link prefetches the page, which then opens from the prefetch, within the policy', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => ((window as unknown as { __csp: string[] }).__csp ??= []).push(e.violatedDirective));
  });
  const prefetches: string[] = [];
  page.on('request', (request) => request.headers()['sec-purpose']?.startsWith('prefetch') && prefetches.push(new URL(request.url()).pathname));
  await page.goto(ARTICLE);
  expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
  const link = page.getByRole('region', { name: 'Book a sports massage' }).getByRole('link', { name: /About sports massage/ });
  await link.hover();
  await expect.poll(() => prefetches).toContain('/services/sports-massage/');
  await link.click();
  await expect(page).toHaveURL('/services/sports-massage/');
  const delivery = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { deliveryType: string }).deliveryType);
  expect(delivery).toBe('navigational-prefetch');
  expect(requested.filter((url) => new URL(url).hostname !== '127.0.0.1')).toEqual([]);
});
