// Shared browser-test setup. Each Playwright project serves one built site:
// "site" the clinic's own content (dist/), "fixture" the test suite's own clinic
// (.cache/fixture-site/dist/), whose exact values the journeys may assert.
// Every test runs offline: requests to the site (127.0.0.1) go through; the
// booking platform is answered by a stand-in page so that a click "lands"
// without leaving the machine; anything else fails the test.
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface BuiltSiteOption {
  /** The built site this project serves. */
  dist: string;
  /** The content it was built from. */
  content: string;
}

export interface Clinic {
  name: string;
  booking: { rootUrl: string };
  phone: { e164: string; display: string };
}


/** The paths a built site's sitemap lists. */
export function sitemapPaths(dist: string): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).flatMap((sitemap) => locs(readFileSync(join(dist, sitemap), 'utf8')));
}

export const test = base.extend<{ clinic: Clinic; bookingOrigin: string; offsiteRequests: string[] }, { builtSite: BuiltSiteOption }>({
  builtSite: [{ dist: 'dist', content: 'content' }, { option: true, scope: 'worker' }],
  clinic: async ({ builtSite }, use) => {
    await use(parseYaml(readFileSync(join(builtSite.content, 'clinic.yaml'), 'utf8')) as Clinic);
  },
  bookingOrigin: async ({ clinic }, use) => {
    await use(new URL(clinic.booking.rootUrl).origin);
  },
  offsiteRequests: async ({ context, bookingOrigin }, use) => {
    const offsite: string[] = [];
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      async (route) => {
        const url = route.request().url();
        if (url.startsWith(bookingOrigin)) {
          await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Booking</title><h1>Booking stand-in</h1>' });
        } else {
          offsite.push(url);
          await route.abort();
        }
      },
    );
    await use(offsite);
    expect(offsite, 'requests to other origins').toEqual([]);
  },
});

export { expect };
