// The browser journeys (journeys.ts) in the engines besides Chromium: Gecko (Debian's
// Firefox ESR) and WebKit (Debian's WebKitGTK), each served the two built sites
// by the same static server as `npm start`, with their real _headers, and given a
// proxy that stands in for the booking platform and refuses every other host.
// The fixture clinic is also built counting to a stand-in for Plausible on 127.0.0.1,
// for the counting journey, and Gecko walks it once more with its own Global Privacy
// Control setting on. An engine that cannot start fails its journeys; nothing is
// skipped. Chromium walks the same journeys in the Playwright suite (tests/browser/:
// journey.spec.ts, clinic-site.spec.ts, security.spec.ts, a11y.spec.ts,
// display-modes.spec.ts, analytics.spec.ts), once.
const SUITE_ENGINES = ENGINES.filter((engine) => engine !== 'chromium');
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FIXTURE_DIST } from '../../scripts/lib/fixture-site.ts';
import { FIXTURE_CONTENT, ROOT } from '../../scripts/lib/project-copy.ts';
import { ENGINES, openEngine, type EngineSession } from '../../scripts/lib/engines/index.ts';
import { startOffsiteProxy, type OffsiteProxy } from '../../scripts/lib/engines/offsite-proxy.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { recordedPathsOfKind } from '../../src/integrations/rendered-pages.ts';
import { buildCountingFixture, countedDomain, startEventsStandIn } from '../../scripts/lib/counting.ts';
import { removeFixtures } from '../../scripts/lib/fixtures/copies.ts';
import { countsNothingUnderGlobalPrivacyControl, JOURNEYS, noAccessibilityViolations, type JourneyContext } from './journeys.ts';

const SITE_DIST = join(ROOT, 'dist');
const bookingHost = (content: string) => new URL((parseYaml(readFileSync(join(content, 'clinic.yaml'), 'utf8')) as { booking: { rootUrl: string } }).booking.rootUrl).hostname;

/** The seed article on the clinic's own site, found by its text (whatever its file name), and a word of its title. */
function seedArticle(): { path: string; word: string } {
  const seed = readFileSync(join(ROOT, 'tests/fixtures/hip-balance-and-lower-back-pain.txt'), 'utf8');
  const firstSentence = seed.trim().split(/(?<=\.)\s/)[0]!;
  for (const path of recordedPathsOfKind(join(ROOT, '.cache/astro'), 'article')) {
    const html = readFileSync(join(SITE_DIST, path, 'index.html'), 'utf8');
    if (!html.replace(/\s+/g, ' ').includes(firstSentence.replace(/\s+/g, ' '))) continue;
    const title = /<h1[^>]*>([^<]+)</.exec(html)![1]!;
    return { path, word: title.split(/[^A-Za-z]+/).find((w) => w.length >= 5)!.toLowerCase() };
  }
  throw new Error('No built article holds the seed text (tests/fixtures/hip-balance-and-lower-back-pain.txt).');
}

let proxy: OffsiteProxy;
const servers: Array<{ close(): void }> = [];
const origins = { fixture: '', site: '', counting: '' };
let seed: { path: string; word: string };
let counting: JourneyContext['counting'];

beforeAll(async () => {
  proxy = await startOffsiteProxy([bookingHost(FIXTURE_CONTENT), bookingHost(join(ROOT, 'content'))]);
  // The fixture clinic again, counting to a stand-in for Plausible on 127.0.0.1 (the Chromium side: tests/browser/analytics.spec.ts).
  const standIn = await startEventsStandIn();
  const built = buildCountingFixture(standIn.endpoint);
  if (built.status !== 0) throw new Error(`The fixture clinic with counting on did not build:\n${built.output.slice(-3000)}`);
  for (const [name, root] of [['fixture', FIXTURE_DIST], ['site', SITE_DIST], ['counting', built.dist]] as const) {
    const { server, url } = await startStaticServer({ root });
    servers.push(server);
    origins[name] = url.replace(/\/$/, '');
  }
  seed = seedArticle();
  counting = {
    origin: origins.counting,
    domain: countedDomain(readFileSync(join(built.dir, 'content/clinic.yaml'), 'utf8')),
    article: recordedPathsOfKind(join(built.dir, '.cache/astro'), 'article')[0]!,
    standIn,
  };
}, 120_000);

afterAll(async () => {
  for (const server of servers) server.close();
  await proxy?.close();
  await counting?.standIn.close();
  removeFixtures();
});

/** A window in one engine and colour scheme; a failure to open becomes each test's failure, never a skip. */
function engineWindow(engine: (typeof ENGINES)[number], scheme: 'light' | 'dark', globalPrivacyControl = false) {
  let session: EngineSession | undefined;
  let failedToOpen: unknown;
  beforeAll(async () => {
    try {
      session = await openEngine(engine, { width: 1280, height: 900, scheme, proxyPort: proxy.port, globalPrivacyControl });
      console.log(`${engine} (${scheme}${globalPrivacyControl ? ', Global Privacy Control' : ''}): ${session.version}`);
    } catch (error) {
      failedToOpen = error;
    }
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });
  return (): JourneyContext => {
    if (!session) throw new Error(`${engine} did not start: ${String((failedToOpen as Error)?.message ?? failedToOpen)}`);
    return { session, proxy, seed, fixture: origins.fixture, site: origins.site, counting };
  };
}

describe.each(SUITE_ENGINES)('%s', (engine) => {
  const context = engineWindow(engine, 'light');
  it.each(JOURNEYS)('%s', async (_name, journey) => {
    await journey(context());
  });
});

describe.each(SUITE_ENGINES)('%s in the dark colour scheme', (engine) => {
  const context = engineWindow(engine, 'dark');
  it('is dark, from the system setting alone', async () => {
    const { session, fixture } = context();
    await session.goto(`${fixture}/`);
    expect(await session.evaluate<boolean>('return matchMedia("(prefers-color-scheme: dark)").matches')).toBe(true);
  });
  it('axe: no WCAG A/AA violations on the article, a service page and the booking hub, at 390 and 1280 px', async () => {
    await noAccessibilityViolations(context());
  });
});

// Gecko has the setting of its own (WebKit has none; Chromium's run stands it in: tests/browser/analytics.spec.ts).
describe('gecko with Global Privacy Control on', () => {
  const context = engineWindow('gecko', 'light', true);
  it('counts nothing: no page view, no "Book" event', async () => {
    await countsNothingUnderGlobalPrivacyControl(context());
  });
});
