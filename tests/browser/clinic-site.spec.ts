// Journeys through the fixture clinic (tests/fixtures/clinic/) in Chromium:
// trust → therapist → booking, the booking hub, search, and the narrow-screen
// menu and booking bar. The values are the fixture's own, written by hand.
import { test, expect } from './fixtures';

test('article byline → therapist bio → booking link straight to that therapist', async ({ page, offsiteRequests, bookingOrigin }) => {
  await page.goto('/articles/shoulder-tension-at-work/');
  await page.getByRole('link', { name: 'Ada Brennan, RMT' }).first().click();
  await expect(page).toHaveURL('/therapists/ada-brennan/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ada Brennan, RMT');
  await expect(page.getByRole('link', { name: 'Check the public register' })).toBeVisible();

  await page.getByRole('link', { name: 'Book with Ada Brennan' }).click();
  await page.waitForURL((url) => url.origin === bookingOrigin);
  expect(new URL(page.url()).hash).toBe('#/staff_member/301');
  expect(offsiteRequests).toEqual([]);
});

test('the header’s booking button → booking hub → a service’s length, deep-linked', async ({ page, offsiteRequests, bookingOrigin }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.locator('body > header').getByRole('link', { name: 'Book a massage' }).click();
  await expect(page).toHaveURL('/book/');
  await expect(page.getByText('Cancel at least 48 hours ahead')).toBeVisible();
  const sports = page.getByRole('region', { name: 'Book a sports massage' });
  await sports.getByRole('link', { name: /Book 75 min sports massage/ }).click();
  await page.waitForURL((url) => url.origin === bookingOrigin);
  const landed = new URL(page.url());
  expect(landed.hash).toBe('#/discipline/7/treatment/72');
  expect(landed.searchParams.get('utm_medium')).toBe('hub');
  expect(offsiteRequests).toEqual([]);
});

test('search for "shoulder" finds the article, says how many results there are, and opens it', async ({ page, offsiteRequests }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/search/');
  await page.getByLabel('Search articles, services and therapists').fill('shoulder');
  await page.getByRole('button', { name: 'Search' }).click();
  const result = page.locator('[data-search-results] a[href="/articles/shoulder-tension-at-work/"]');
  await expect(result).toBeVisible();
  const shown = await page.locator('[data-search-results] > li').count();
  await expect(page.getByRole('status')).toHaveText(`${shown} result${shown === 1 ? '' : 's'} for “shoulder”.`);
  await expect(result).toHaveText('Shoulder Tension at Work: Five Small Fixes');
  await expect(page).toHaveURL(/\/search\/\?q=shoulder$/);
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Shoulder Tension/);
  expect(errors).toEqual([]);
  expect(offsiteRequests).toEqual([]);
});

test('when there are more results than the page lists, it says how many there are and how many it shows', async ({ page }) => {
  // "tide" is in the 13 published articles and one therapist's bio: 14 pages.
  await page.goto('/search/?q=tide');
  await expect(page.getByRole('status')).toHaveText('Showing 12 of 14 results for “tide”. Add a word to narrow them down.');
  await expect(page.locator('[data-search-results] > li')).toHaveCount(12);
});

test('a search link (/search/?q=…) runs the search on load; nothing found says so; unpublished articles are not found', async ({ page }) => {
  await page.goto('/search/?q=zzzzqqqq');
  await expect(page.getByRole('status')).toHaveText('No results for “zzzzqqqq”.');
  await page.goto('/search/?q=stones');
  await expect(page.locator('[data-search-results] a[href="/services/hot-stone-massage/"]')).toBeVisible();
  // "mittens" is only in the scheduled article.
  await page.goto('/search/?q=mittens');
  await expect(page.getByRole('status')).toHaveText('No results for “mittens”.');
});

test('hashed assets (the hero image’s formats and sizes) are served with their type and cached for a year, immutably', async ({ page, request }) => {
  await page.goto('/articles/after-a-long-run/');
  const hero = page.locator('picture img[data-hero]');
  await expect(hero).toBeVisible();
  // Chromium reads AVIF, the first format offered.
  expect(await hero.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.avif$/);
  const srcsets = [...(await page.locator('picture:has(img[data-hero]) source').evaluateAll((sources) => sources.map((s) => s.getAttribute('srcset') ?? ''))), (await hero.getAttribute('srcset')) ?? ''];
  const assets = [await hero.getAttribute('src'), ...srcsets.flatMap((set) => set.split(',').map((s) => s.trim().split(/\s+/)[0]))].filter((p): p is string => !!p);
  expect(assets.length, 'the fixture’s hero image gives hashed assets to check').toBeGreaterThan(8);
  const TYPES: Record<string, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' };
  for (const path of new Set(assets)) {
    expect(path).toMatch(/^\/_astro\/.+\.(avif|webp|jpg)$/);
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(TYPES[path.split('.').at(-1)!]);
    expect(response.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
  }
});

/** Each service card on the page: where its heading starts, from the card's top, and whether it shows a photo or keeps a photo's space. */
const serviceCards = (page: import('@playwright/test').Page) =>
  page.locator('main article').evaluateAll((cards) =>
    cards.map((card) => {
      const shown = (el: Element | null) => !!el && el.getBoundingClientRect().height > 0;
      const top = card.getBoundingClientRect().top;
      return {
        top: Math.round(top),
        headingFromTop: Math.round(card.querySelector('h2, h3')!.getBoundingClientRect().top - top),
        photo: shown(card.querySelector('img[data-photo="card"]')),
        space: shown(card.querySelector('[data-photo-space]')),
      };
    }),
  );

test('service cards side by side are even: one without a photo keeps the space of one; on a phone, a card a row, it takes none', async ({ page, offsiteRequests }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/services/');
  const wide = await serviceCards(page);
  expect(wide.filter((c) => c.photo).length, 'the fixture clinic needs a service with a photo and one without').toBeGreaterThan(0);
  expect(wide.filter((c) => !c.photo).length).toBeGreaterThan(0);
  expect(wide.every((c) => c.photo !== c.space), 'each card: its photo, or the space of one').toBe(true);
  // Cards in one row start together, and their names start together.
  for (const row of new Set(wide.map((c) => c.top))) {
    expect(new Set(wide.filter((c) => c.top === row).map((c) => c.headingFromTop)).size, `the row at ${row} px`).toBe(1);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  const narrow = await serviceCards(page);
  expect(narrow.some((c) => c.space)).toBe(false);
  // Without a photo, the name is at the card's top, as it is on a card with no photo anywhere beside it.
  for (const card of narrow.filter((c) => !c.photo)) expect(card.headingFromTop).toBeLessThan(40);
  expect(offsiteRequests).toEqual([]);
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
    await page.goto('/articles/shoulder-tension-at-work/');
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
