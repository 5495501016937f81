// The browser journeys every engine walks, written once against the engine
// adapters (scripts/lib/engines/): a reader books from an article, the phone
// menu by keyboard, the booking bar never hiding the focused element, search
// finding the clinic's own article. Exact values are the fixture clinic's
// (tests/fixtures/clinic/); the search journey reads what it expects from the
// content it runs on.
import { expect } from 'vitest';
import { AXE_OPTIONS, AXE_SOURCE } from '../../scripts/lib/page-checks.ts';
import type { EngineSession } from '../../scripts/lib/engines/index.ts';
import { STAND_IN_HEADING, type OffsiteProxy } from '../../scripts/lib/engines/offsite-proxy.ts';
import type { EventsStandIn, PlausibleEvent } from '../../scripts/lib/counting.ts';

export interface JourneyContext {
  session: EngineSession;
  /** Where the fixture clinic's site is served, e.g. http://127.0.0.1:4501 */
  fixture: string;
  /** Where the clinic's own site (content/) is served. */
  site: string;
  proxy: OffsiteProxy;
  /** The seed article on the clinic's own site, and a word of its title. */
  seed: { path: string; word: string };
  /** The fixture clinic with counting on, where it is served, and the stand-in that receives its counts. */
  counting: { origin: string; domain: string; article: string; standIn: EventsStandIn };
}

/** Polls a function body in the page until it returns something truthy; fails naming what it waited for. */
export async function waitFor<T>(session: EngineSession, what: string, body: string, ...args: unknown[]): Promise<T> {
  const until = Date.now() + 10_000;
  let last: unknown;
  for (;;) {
    try {
      last = await session.evaluate<T>(body, ...args);
      if (last) return last as T;
    } catch (error) {
      // The page may be between two documents.
      last = error;
    }
    if (Date.now() > until) throw new Error(`${session.engine}: waited 10 s for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const pathIs = (session: EngineSession, path: string) => waitFor(session, `the page ${path}`, 'return location.pathname === arguments[0] && document.readyState === "complete"', path);
const text = (session: EngineSession, selector: string) => session.evaluate<string>('return document.querySelector(arguments[0])?.textContent.replace(/\\s+/g, " ").trim() ?? null', selector);

/** Every resource the page loaded came from its own origin. */
async function onlyOwnOrigin(session: EngineSession): Promise<void> {
  const others = await session.evaluate<string[]>('return performance.getEntriesByType("resource").map((e) => e.name).filter((u) => new URL(u).origin !== location.origin)');
  expect(others, `${session.engine}: requests to other origins`).toEqual([]);
}

/** What has focus: where it is, whether a focus ring is drawn, whether it is in the booking bar. */
const FOCUSED = `const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const r = el.getBoundingClientRect();
  // A card's link draws its ring around the whole card, on its ::after (LinkCard.astro).
  const ringOf = (style) => style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  return { top: r.top, bottom: r.bottom, inBar: !!el.closest('[data-mobile-book-bar]'), ring: ringOf(getComputedStyle(el)) || ringOf(getComputedStyle(el, '::after')), label: (el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 40), tag: el.tagName };`;
interface Focused {
  top: number;
  bottom: number;
  inBar: boolean;
  ring: boolean;
  label: string;
  tag: string;
}

export async function readerBooksFromAnArticle({ session, fixture, proxy }: JourneyContext): Promise<void> {
  await session.resize(1280, 900);
  await session.goto(`${fixture}/`);
  await session.click('nav[aria-label="Main"] a[href="/articles/"]');
  await pathIs(session, '/articles/');
  await session.click('main a[href="/articles/shoulder-tension-at-work/"]');
  await pathIs(session, '/articles/shoulder-tension-at-work/');
  expect(await text(session, 'h1')).toBe('Shoulder Tension at Work: Five Small Fixes');
  await onlyOwnOrigin(session);

  // The booking box after the article names the service and leads to its page.
  expect(await text(session, 'section[data-placement="article-end"] [id^="booking-"]')).toBe('Book a sports massage');
  await session.click('section[data-placement="article-end"] a[href="/services/sports-massage/"]');
  await pathIs(session, '/services/sports-massage/');
  expect(await text(session, 'h1')).toBe('Sports Massage');
  await onlyOwnOrigin(session);

  // "Book a 45-minute sports massage": the platform opens with the treatment selected.
  proxy.clear();
  await session.click('table tbody a[data-minutes="45"]');
  await waitFor(session, 'the booking platform', 'return document.querySelector("h1")?.textContent === arguments[0]', STAND_IN_HEADING);
  const landed = new URL(await session.address());
  expect(landed.host).toBe('harbourlight.janeapp.com');
  expect(landed.hash).toBe('#/discipline/7/treatment/71');
  expect(landed.searchParams.get('utm_medium')).toBe('service');
  // Through the proxy: the address was never looked up, nothing left the machine.
  expect(proxy.requested()).toContain('harbourlight.janeapp.com:443');
}

export async function phoneMenuByKeyboard({ session, fixture }: JourneyContext): Promise<void> {
  await session.resize(390, 844);
  await session.goto(`${fixture}/`);
  // checkVisibility: inside a closed <details>, links have boxes but are not shown.
  const visible = (selector: string) => session.evaluate<boolean>('const el = document.querySelector(arguments[0]); return !!el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true })', selector);
  expect(await visible('details.site-menu > summary'), 'the menu button').toBe(true);
  expect(await visible('details.site-menu a[href="/therapists/"]'), 'the menu’s links, closed').toBe(false);
  expect(await visible('nav[aria-label="Main"]'), 'the wide navigation').toBe(false);
  // Tab: the skip link, the clinic's name, then the menu button, with a focus ring.
  for (let i = 0; i < 3; i++) await session.press('Tab');
  const onMenu = await session.evaluate<Focused | null>(FOCUSED);
  expect(onMenu?.tag, 'third Tab').toBe('SUMMARY');
  expect(onMenu?.ring, 'focus ring on the menu button').toBe(true);
  await session.press('Enter');
  await waitFor(session, 'the menu to open', 'return document.querySelector("details.site-menu").open');
  expect(await visible('details.site-menu a[href="/therapists/"]')).toBe(true);
  await session.press('Tab'); // Services
  await session.press('Tab'); // Therapists
  expect(await session.evaluate<string | null>('return document.activeElement?.getAttribute("href")')).toBe('/therapists/');
  await session.press('Enter');
  await pathIs(session, '/therapists/');
}

export async function bookingBarNeverHidesFocus({ session, fixture }: JourneyContext): Promise<void> {
  await session.resize(390, 844);
  await session.goto(`${fixture}/articles/shoulder-tension-at-work/`);
  const barTop = await session.evaluate<number>('const bar = document.querySelector("[data-mobile-book-bar]"); return getComputedStyle(bar).position === "fixed" && bar.getClientRects().length ? bar.getBoundingClientRect().top : -1');
  expect(barTop, 'the booking bar is fixed at the bottom').toBeGreaterThan(600);
  let checked = 0;
  // Once through the page: past its last stop, focus leaves the document (and headless Gecko draws no ring after it comes back).
  for (let i = 0; i < 100; i++) {
    await session.press('Tab');
    const focused = await session.evaluate<Focused | null>(FOCUSED);
    if (!focused && checked > 0) break;
    if (!focused || focused.inBar) continue;
    checked++;
    expect(focused.ring, `${session.engine}: a focus ring on "${focused.label}"`).toBe(true);
    expect(focused.bottom, `${session.engine}: "${focused.label}" is above the booking bar`).toBeLessThanOrEqual(barTop + 1);
    expect(focused.top, `${session.engine}: "${focused.label}" is in the window`).toBeGreaterThanOrEqual(-1);
  }
  expect(checked, 'focus stops checked').toBeGreaterThan(25);
}

export async function searchFindsTheSeedArticle({ session, site, seed }: JourneyContext): Promise<void> {
  await session.resize(1280, 900);
  await session.goto(`${site}/search/`);
  await session.type('#search-query', seed.word);
  await session.click('form[data-search-form] button[type="submit"]');
  const found = await waitFor<boolean>(session, `a result for "${seed.word}"`, 'return !!document.querySelector(`[data-search-results] a[href="${arguments[0]}"]`)', seed.path);
  expect(found).toBe(true);
  expect(new URL(await session.address()).search).toBe(`?q=${encodeURIComponent(seed.word)}`);
  await session.click(`[data-search-results] a[href="${seed.path}"]`);
  await pathIs(session, seed.path);
  await onlyOwnOrigin(session);
}

/** The events the stand-in has received once `enough` says so (after a moment more, for any that should not come), or fails naming what it waited for. */
async function eventsOnce(session: EngineSession, standIn: EventsStandIn, what: string, enough: (events: PlausibleEvent[]) => boolean): Promise<PlausibleEvent[]> {
  const until = Date.now() + 10_000;
  while (!enough(standIn.events)) {
    if (Date.now() > until) throw new Error(`${session.engine}: waited 10 s for ${what}; received ${JSON.stringify(standIn.events)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 500));
  return [...standIn.events];
}
const named = (events: PlausibleEvent[], name: string) => events.filter((e) => e.n === name);

/** The article end's link straight to the booking platform. */
const ARTICLE_BOOKING_LINK = 'section[data-placement="article-end"] a[data-cta="booking"][href^="http"]';

export async function countsVisitsAndClicksToBook({ session, counting }: JourneyContext): Promise<void> {
  const { standIn, origin, domain, article } = counting;
  // What pages of an earlier journey still send as they are left is not this journey's.
  await standIn.settled();
  standIn.events.length = 0;
  await session.resize(1280, 900);
  await session.goto(`${origin}${article}`);
  const viewed = await eventsOnce(session, standIn, 'the page view', (events) => named(events, 'pageview').length > 0);
  expect(named(viewed, 'pageview').map((e) => [new URL(e.u).pathname, e.d]), `${session.engine}: one page view, for the site's domain`).toEqual([[article, domain]]);

  // The click goes on to the booking platform at once, and the event arrives all the same (sent with keepalive).
  await session.click(ARTICLE_BOOKING_LINK);
  await waitFor(session, 'the booking platform', 'return document.querySelector("h1")?.textContent === arguments[0]', STAND_IN_HEADING);
  const sent = await eventsOnce(session, standIn, 'the "Book" event', (events) => named(events, 'Book').length > 0);
  expect(named(sent, 'Book').map((e) => e.p), `${session.engine}: one "Book" event with its place and article`).toEqual([{ placement: 'article', article: article.split('/').filter(Boolean).at(-1) }]);
  expect(named(sent, 'pageview'), `${session.engine}: still one page view`).toHaveLength(1);
}

/** With the browser's own Global Privacy Control on (Gecko's setting): a page view and a click to book send nothing at all. */
export async function countsNothingUnderGlobalPrivacyControl({ session, counting }: JourneyContext): Promise<void> {
  const { standIn, origin, article } = counting;
  await standIn.settled();
  standIn.events.length = 0;
  await session.goto(`${origin}${article}`);
  expect(await session.evaluate<boolean>('return navigator.globalPrivacyControl === true'), `${session.engine}: the browser sends Global Privacy Control`).toBe(true);
  await session.click(ARTICLE_BOOKING_LINK);
  await waitFor(session, 'the booking platform', 'return document.querySelector("h1")?.textContent === arguments[0]', STAND_IN_HEADING);
  await new Promise((r) => setTimeout(r, 1500));
  expect(standIn.events, `${session.engine}: events sent under Global Privacy Control`).toEqual([]);
}

/** The article, a service page and the booking hub, at phone and desktop widths: no WCAG A/AA violation in this engine and scheme. */
export async function noAccessibilityViolations({ session, fixture }: JourneyContext): Promise<void> {
  const problems: string[] = [];
  for (const width of [390, 1280]) {
    await session.resize(width, 900);
    for (const path of ['/articles/shoulder-tension-at-work/', '/services/sports-massage/', '/book/']) {
      await session.goto(`${fixture}${path}`);
      if (!(await session.evaluate<boolean>('return typeof axe === "object"'))) await session.evaluate(`${AXE_SOURCE}\nreturn true;`);
      const result = await session.evaluate<{ violations: string[]; passes: number }>(
        'return axe.run(document, arguments[0]).then((r) => ({ passes: r.passes.length, violations: r.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", ")) }))',
        AXE_OPTIONS,
      );
      for (const v of result.violations) problems.push(`${path} at ${width} px: ${v}`);
      if (result.passes < 10) problems.push(`${path} at ${width} px: axe ran only ${result.passes} passing checks`);
    }
  }
  expect(problems, `${session.engine}: axe`).toEqual([]);
}

export const JOURNEYS = [
  ['a reader books from an article: home → article → booking box → service page → booking with the length selected', readerBooksFromAnArticle],
  ['the phone menu opens and is followed with the keyboard, with focus rings', phoneMenuByKeyboard],
  ['on a phone, the booking bar never hides the focused element, and every stop shows a focus ring', bookingBarNeverHidesFocus],
  ['search finds the clinic’s own article by a word of its title, under the search page’s policy', searchFindsTheSeedArticle],
  ['axe: no WCAG A/AA violations on the article, a service page and the booking hub, at 390 and 1280 px', noAccessibilityViolations],
  ['with counting on: one page view for the site’s domain, and a click to book is one "Book" event with its place and article, the click going on at once', countsVisitsAndClicksToBook],
] as const;
