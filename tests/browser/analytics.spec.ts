// The clinic's counts, turned on (content/clinic.yaml, analytics): the fixture clinic built in a
// copy of its own with a stand-in for Plausible's events API on 127.0.0.1, served with its real
// _headers (the policy must let the counts through to that one origin, and nothing else). One page
// view per page load; one "Book" event per click on a booking link, with where it was and which
// article, never the therapist or the treatment; nothing at all under Global Privacy Control.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseDocument } from 'yaml';
import { buildCopy, FIXTURE_CONTENT } from '../../scripts/lib/project-copy.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { recordedPathsOfKind } from '../../src/integrations/rendered-pages.ts';
import { test, expect } from './fixtures';
import { en } from '../../src/i18n/en';

/** An event as the tracker sends it: n (name), u (page address), d (domain), p (props). */
interface PlausibleEvent {
  n: string;
  u: string;
  d: string;
  p?: Record<string, string>;
}

test.describe.configure({ mode: 'serial' });

let events: PlausibleEvent[] = [];
let eventsServer: Server;
let siteServer: Server;
let origin = '';
let dir = '';
let domain = '';
let endpoint = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Plausible's events API, as far as the tracker uses it: a POST of JSON (sent as text/plain), answered 202.
  eventsServer = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/api/event') events.push(JSON.parse(body) as PlausibleEvent);
      res.writeHead(req.method === 'POST' ? 202 : 204, { 'Access-Control-Allow-Origin': '*' }).end();
    });
  });
  await new Promise<void>((resolve) => eventsServer.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(eventsServer.address() as AddressInfo).port}/api/event`;

  dir = mkdtempSync(join(tmpdir(), 'massagerx-analytics-'));
  const content = join(dir, 'content');
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  const clinic = parseDocument(readFileSync(join(content, 'clinic.yaml'), 'utf8'));
  domain = new URL(String(clinic.get('url'))).hostname;
  clinic.set('analytics', { provider: 'plausible', domain, endpoint });
  writeFileSync(join(content, 'clinic.yaml'), String(clinic));
  const built = buildCopy(join(dir, 'site'), content);
  expect(built.status, built.output.slice(-3000)).toBe(0);
  const served = await startStaticServer({ root: join(dir, 'site/dist'), port: 0 });
  siteServer = served.server;
  origin = `http://127.0.0.1:${(siteServer.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  siteServer?.close();
  eventsServer?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test.beforeEach(async ({ context }) => {
  events = [];
  // The tracker leaves out browsers driven by a test (navigator.webdriver) unless told it is one on purpose.
  await context.addInitScript(() => Object.assign(window, { __plausible: true }));
});

/** The events received once the page has had time to send them. */
async function received(page: Page, count: number): Promise<PlausibleEvent[]> {
  await expect.poll(() => events.length, { timeout: 5000 }).toBeGreaterThanOrEqual(count);
  await page.waitForTimeout(300);
  return events;
}

const firstOfKind = (kind: 'article' | 'service') => recordedPathsOfKind(join(dir, 'site/.cache/astro'), kind)[0]!;

test('counts one page view per page load, for the site’s domain, and nothing the page does not send', async ({ page, offsiteRequests }) => {
  // A reader on each page for a moment: the count is sent once the page has loaded.
  await page.goto(`${origin}/`);
  await received(page, 1);
  await page.goto(`${origin}${firstOfKind('article')}`);
  const sent = await received(page, 2);
  const views = sent.filter((e) => e.n === 'pageview');
  expect(views.map((e) => new URL(e.u).pathname)).toEqual(['/', firstOfKind('article')]);
  expect(views.every((e) => e.d === domain)).toBe(true);
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

  // The header's button, on a service page: where it was, nothing of the service.
  events = [];
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
  expect(events).toEqual([]);
  expect(offsiteRequests).toEqual([]);
});

test('the privacy page says what is counted, by whom and where it is kept, from the setting', async ({ page }) => {
  await page.goto(`${origin}/privacy/`);
  const notice = page.locator('[data-analytics-notice]');
  await expect(notice.getByRole('heading', { level: 2 })).toHaveText(en.analytics.heading);
  await expect(notice).toContainText(en.analytics.counted);
  // Kept on the clinic's own server here (the stand-in's address), not Plausible's.
  await expect(notice).toContainText(en.analytics.byOwnServer.replace('{host}', new URL(endpoint).host));
});
