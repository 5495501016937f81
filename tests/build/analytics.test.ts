// @module-tag fixture-only
/**
 * Counting off (the fixture clinic sets no analytics in its clinic.yaml): the site ships
 * nothing of it, no script, no element, no words on the privacy page, and its pages may
 * send to their own origin alone. (Counting on: tests/browser/analytics.spec.ts, and the
 * audit's budgets on the fixture clinic with counting on.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from './helpers';

describe('counting, off', () => {
  it('ships no counting script or element on any page, and no words about it on the privacy page', () => {
    expect((fixtureSite.clinic as { analytics?: unknown }).analytics, 'the fixture clinic counts nothing').toBeUndefined();
    const pages = fixtureSite.pages();
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) expect(fixtureSite.page(path)('site-analytics, [data-analytics-notice]').length, path).toBe(0);
    expect(fixtureSite.page('/privacy/')('main').text()).not.toMatch(/Plausible/);
    const scripts = readdirSync(join(fixtureSite.dist, '_astro')).filter((f) => f.endsWith('.js'));
    for (const file of scripts) expect(readFileSync(join(fixtureSite.dist, '_astro', file), 'utf8'), file).not.toContain('plausible');
  });

  it('lets the pages send to their own origin alone', () => {
    const policies = [...fixtureSite.read('_headers').matchAll(/Content-Security-Policy: (.+)/g)].map((m) => m[1]!);
    const pagePolicies = policies.filter((p) => !p.includes('unsafe-inline'));
    expect(pagePolicies.length).toBeGreaterThan(0);
    for (const policy of pagePolicies) expect(policy).toMatch(/(^|; )connect-src 'self';/);
  });
});
