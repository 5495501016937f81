// The clinic's counts, turned on (content/clinic.yaml, analytics): the fixture clinic built in a
// copy of its own, counting to a stand-in for Plausible's events API on 127.0.0.1, and served by
// Cloudflare's own runtime (wrangler pages dev, offline), which applies its _headers as the host
// does: each path's policy must let the counts through to that one origin, and the editor's must
// not. One page view per page load; one "Book" event per click on a booking link, with where it
// was and which article, never the therapist or the treatment; nothing at all under Global
// Privacy Control. (The same counts in Gecko and WebKit: tests/engines/.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { headersAsSent, startCloudflarePages } from '../../scripts/lib/cloudflare-pages.ts';
import { cspDirective } from '../../src/lib/hosting/csp.ts';
import { buildCountingFixture, countedDomain, startEventsStandIn, type EventsStandIn, type PlausibleEvent } from '../../scripts/lib/counting.ts';
import { removeFixtures } from '../../scripts/lib/fixtures/copies.ts';
import { recordedPageRefs, recordedPathsOfKind } from '../../src/integrations/rendered-pages.ts';
import type { PageRef } from '../../src/lib/routes/page-ref.ts';
import { test, expect } from './fixtures';
import { en } from '../../src/i18n/en';

test.describe.configure({ mode: 'serial' });

let standIn: EventsStandIn;
let host: Awaited<ReturnType<typeof startCloudflarePages>>;
let origin = '';
let domain = '';
let pages = new Map<string, PageRef>();
let cacheDir = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  standIn = await startEventsStandIn();
  const built = buildCountingFixture(standIn.endpoint);
  expect(built.status, built.output.slice(-3000)).toBe(0);
  domain = countedDomain(readFileSync(join(built.dir, 'content/clinic.yaml'), 'utf8'));
  cacheDir = join(built.dir, '.cache/astro');
  pages = recordedPageRefs(cacheDir);
  host = await startCloudflarePages(built.dist);
  origin = host.origin;
});

test.afterAll(async () => {
  await host?.stop();
  await standIn?.close();
  removeFixtures();
});

test.beforeEach(() => {
  standIn.events.length = 0;
});

test.afterEach(async ({ context }) => {
  // Each page's last counts, sent as it closes, belong to this test: closed and received here, not in the next test.
  for (const page of context.pages()) await page.close();
  await standIn.settled();
});

/** The events received once the page has had time to send them. */
async function received(page: Page, count: number): Promise<PlausibleEvent[]> {
  await expect.poll(() => standIn.events.length, { timeout: 5000 }).toBeGreaterThanOrEqual(count);
  await page.waitForTimeout(300);
  return standIn.events;
}

const firstOfKind = (kind: PageRef['kind']) => recordedPathsOfKind(cacheDir, kind)[0]!;


test('each path’s policy, as Cloudflare applies it, lets the counts go to the counting endpoint alone, and the editor’s not at all', async ({ request }) => {
  const counting = new URL(standIn.endpoint).origin;
  expect(pages.size).toBeGreaterThan(20);
  for (const [path, ref] of pages) {
    const policies = (await headersAsSent(`${origin}${path}`)).headers.get('content-security-policy') ?? [];
    expect(policies, path).toHaveLength(1);
    const html = await (await request.get(`${origin}${path}`)).text();
    if (ref.kind === 'editor') {
      // The editor counts nothing: no counting element, none of its script, and no way out to the endpoint.
      expect(cspDirective(policies[0]!, 'connect-src'), path).not.toContain(counting);
      expect(html, path).not.toContain('site-analytics');
    } else {
      expect(cspDirective(policies[0]!, 'connect-src'), path).toBe(`connect-src 'self' ${counting}`);
      expect(html.match(/<site-analytics /g), path).toHaveLength(1);
    }
  }
  // The counting script is in the pages' own script files, and in none the editor loads, nor any they import.
  const editorHtml = await (await request.get(`${origin}/admin/`)).text();
  const toLoad = [...editorHtml.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => new URL(m[1]!, `${origin}/admin/`).href);
  const loaded = new Set<string>();
  for (let url = toLoad.pop(); url; url = toLoad.pop()) {
    if (loaded.has(url) || !url.startsWith(origin)) continue;
    loaded.add(url);
    const code = await (await request.get(url)).text();
    expect(code, url).not.toContain('site-analytics');
    for (const [, specifier] of code.matchAll(/\b(?:import|from)\s*\(?\s*["'`](\.{0,2}\/[^"'`]+)["'`]/g)) toLoad.push(new URL(specifier!, url).href);
  }
  expect(loaded.size).toBeGreaterThan(0);
});

test('counts one page view per page load, for the site’s domain, and stores nothing in the browser', async ({ page, context, offsiteRequests }) => {
  // A reader on each page for a moment: the count is sent once the page has loaded.
  await page.goto(`${origin}/`);
  await received(page, 1);
  await page.goto(`${origin}${firstOfKind('article')}`);
  const sent = await received(page, 2);
  const views = sent.filter((e) => e.n === 'pageview');
  expect(views.map((e) => new URL(e.u).pathname)).toEqual(['/', firstOfKind('article')]);
  expect(views.every((e) => e.d === domain)).toBe(true);
  // Nothing that could tell one reader from another: no cookie, nothing in either storage.
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
  expect(offsiteRequests).toEqual([]);
});

test('a click on a booking link is one "Book" event with its place and article, never the therapist or treatment, and the click goes on', async ({ page, bookingOrigin, offsiteRequests }) => {
  const article = firstOfKind('article');
  await page.goto(`${origin}${article}`);
  await received(page, 1);
  const link = page.locator('section[data-placement="article-end"] a[href^="http"]').first();
  await link.click();
  await page.waitForURL((url) => url.origin === bookingOrigin);
  const books = (await received(page, 2)).filter((e) => e.n === 'Book');
  expect(books).toHaveLength(1);
  expect(books[0]!.p).toEqual({ placement: 'article', article: article.split('/').filter(Boolean).at(-1) });
  // Nothing but what the privacy page names: visits, how long and how far down a page was read (Plausible's "engagement"), clicks to book.
  expect(standIn.events.map((e) => e.n).filter((name) => !['pageview', 'engagement', 'Book'].includes(name))).toEqual([]);

  // The header's button, on a service page: where it was, nothing of the service.
  standIn.events.length = 0;
  await page.goto(`${origin}${firstOfKind('service')}`);
  await page.locator('header a[data-placement="header"]').click();
  const header = (await received(page, 2)).filter((e) => e.n === 'Book');
  expect(header.map((e) => e.p)).toEqual([{ placement: 'header' }]);
  expect(offsiteRequests).toEqual([]);
});

test('under Global Privacy Control nothing is sent at all', async ({ page, offsiteRequests }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await page.goto(`${origin}${firstOfKind('article')}`);
  await page.locator('section[data-placement="article-end"] a[href^="/"]').first().click();
  await page.waitForLoadState('load');
  await page.waitForTimeout(1000);
  expect(standIn.events).toEqual([]);
  expect(offsiteRequests).toEqual([]);
});

test('the privacy page says what is counted, by whom and where it is kept, from the setting', async ({ page }) => {
  await page.goto(`${origin}/privacy/`);
  const notice = page.locator('[data-analytics-notice]');
  await expect(notice.getByRole('heading', { level: 2 })).toHaveText(en.analytics.heading);
  await expect(notice).toContainText(en.analytics.counted);
  // Kept on the clinic's own server here (the stand-in's address), not Plausible's.
  await expect(notice).toContainText(en.analytics.byOwnServer.replace('{host}', new URL(standIn.endpoint).host));
});
