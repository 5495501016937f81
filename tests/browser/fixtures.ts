// Shared browser-test setup: every test runs offline. Requests to the site
// (127.0.0.1) go through; the booking platform is answered by a stand-in page so
// that a click "lands" without leaving the machine; anything else fails the test.
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

export const clinic = parseYaml(readFileSync('content/clinic.yaml', 'utf8')) as {
  name: string;
  booking: { rootUrl: string };
  phone: { e164: string; display: string };
};
export const bookingOrigin = new URL(clinic.booking.rootUrl).origin;

export const test = base.extend<{ offsiteRequests: string[] }>({
  offsiteRequests: async ({ context }, use) => {
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
