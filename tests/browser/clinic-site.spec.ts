// Journeys through the clinic's site in Chromium: trust → therapist → booking,
// the booking hub, search, and the narrow-screen menu and booking bar.
import { test, expect, bookingOrigin } from './fixtures';

test('article byline → therapist bio → booking link straight to that therapist', async ({ page, offsiteRequests }) => {
  await page.goto('/articles/hip-balance-and-lower-back-pain/');
  await page.getByRole('link', { name: 'Maya Chen, RMT' }).first().click();
  await expect(page).toHaveURL('/therapists/maya-chen/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maya Chen, RMT');
  await expect(page.getByRole('link', { name: 'Check the public register' })).toBeVisible();

  await page.getByRole('link', { name: 'Book with Maya Chen' }).click();
  await page.waitForURL((url) => url.origin === bookingOrigin);
  expect(new URL(page.url()).hash).toBe('#/staff_member/101');
  expect(offsiteRequests).toEqual([]);
});

test('the header’s booking button → booking hub → a service’s length, deep-linked', async ({ page, offsiteRequests }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.locator('body > header').getByRole('link', { name: 'Book a massage' }).click();
  await expect(page).toHaveURL('/book/');
  await expect(page.getByText('Please give at least 24 hours')).toBeVisible();
  const deepTissue = page.getByRole('region', { name: 'Book a deep tissue massage' });
  await deepTissue.getByRole('link', { name: /Book 90 min deep tissue massage/ }).click();
  await page.waitForURL((url) => url.origin === bookingOrigin);
  const landed = new URL(page.url());
  expect(landed.hash).toBe('#/discipline/2/treatment/22');
  expect(landed.searchParams.get('utm_medium')).toBe('hub');
  expect(offsiteRequests).toEqual([]);
});

test('search for "hip" finds the seed article and opens it', async ({ page, offsiteRequests }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/search/');
  await page.getByLabel('Search articles, services and therapists').fill('hip');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toContainText('for “hip”');
  const result = page.locator('[data-search-results] a[href="/articles/hip-balance-and-lower-back-pain/"]');
  await expect(result).toBeVisible();
  await expect(result).toHaveText(/Hip Balance and Lower Back Pain/);
  await expect(page).toHaveURL(/\/search\/\?q=hip$/);
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Hip Balance/);
  expect(errors).toEqual([]);
  expect(offsiteRequests).toEqual([]);
});

test('a search link (/search/?q=…) runs the search on load; nothing found says so', async ({ page }) => {
  await page.goto('/search/?q=zzzzqqqq');
  await expect(page.getByRole('status')).toHaveText('No results for “zzzzqqqq”.');
  await page.goto('/search/?q=prenatal');
  await expect(page.locator('[data-search-results] a[href="/services/prenatal-massage/"]')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the menu opens, is walked and followed with the keyboard alone', async ({ page, offsiteRequests }) => {
    await page.goto('/');
    const menu = page.locator('details.site-menu');
    await expect(menu.locator('summary')).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Therapists' })).toBeHidden();
    // Tab: skip link, home link, then the menu button
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect(menu.locator('summary')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('open', '');
    await page.keyboard.press('Tab'); // Services
    await page.keyboard.press('Tab'); // Therapists
    await expect(menu.getByRole('link', { name: 'Therapists' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/therapists/');
    expect(offsiteRequests).toEqual([]);
  });

  test('the sticky booking bar is there and never hides the focused element', async ({ page }) => {
    await page.goto('/articles/hip-balance-and-lower-back-pain/');
    const bar = page.locator('[data-mobile-book-bar]');
    await expect(bar).toBeVisible();
    await expect(bar.getByRole('link', { name: 'Book a massage' })).toHaveAttribute('href', '/book/');
    const barTop = (await bar.boundingBox())!.y;
    let checked = 0;
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, inBar: !!el.closest('[data-mobile-book-bar]'), text: el.textContent?.trim().slice(0, 40) };
      });
      if (!focus || focus.inBar) continue;
      checked++;
      expect(focus.bottom, `focused "${focus.text}" is above the bar`).toBeLessThanOrEqual(barTop + 1);
    }
    expect(checked).toBeGreaterThan(20);
  });

  test('the FAQ opens and closes with the keyboard, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/faq/');
    const first = page.locator('[data-faq] details').first();
    await first.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(first).toHaveAttribute('open', '');
    await expect(first.locator('p')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(first).not.toHaveAttribute('open', '');
    await context.close();
  });
});
