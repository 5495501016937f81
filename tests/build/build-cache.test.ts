// @module-tag fixture-only
// A cache is a shortcut, never a source of truth: a build with .cache/ kept from
// the last build gives, byte for byte, the site a build without it gives, whatever
// changed in between (src/integrations/build-cache.ts, Site.cacheKey). One copy of
// the fixture is rebuilt after each change with its caches; another is built from
// nothing after the same changes, and the two must agree at every step.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDateAt, startOfDayInZone } from '../../src/lib/time/dates';
import { FIXTURE_CONTENT, makeFixture, rebuildFixture, removeFixtures, type Edits } from '../../scripts/lib/fixtures/copies.ts';
import { withCounting } from '../../scripts/lib/counting.ts';
import { filesOf } from './helpers';

afterAll(removeFixtures);

const clinic = parseYaml(readFileSync(join(FIXTURE_CONTENT, 'clinic.yaml'), 'utf8')) as { timeZone: string; specialHours: Array<{ date: string }> };
const zone = clinic.timeZone;
// The fixture's next special day after today, and the clinic's midnight that ends it.
const holiday = clinic.specialHours.map((d) => String(d.date)).filter((d) => d > new Date().toISOString().slice(0, 10)).sort()[0]!;
const dayAfter = new Date(Date.parse(`${holiday}T12:00:00Z`) + 86_400_000);
const midnight = startOfDayInZone(dayAfter, zone).getTime();
const beforeMidnight = new Date(midnight - 30 * 60_000).toISOString();
const afterMidnight = new Date(midnight + 30 * 60_000).toISOString();

describe('a build with its cache kept equals a build without it', () => {
  // Made when the tests run, not when they are collected: a run that leaves them out (the different clinic's) makes none to leave behind.
  let cached = '';
  let fresh = '';
  beforeAll(() => {
    cached = makeFixture();
    fresh = makeFixture();
  });
  /** Applies the same edits to both copies, rebuilds one with its caches and the other without, and compares. */
  function bothAfter(edits: Edits, env: Record<string, string>) {
    const withCache = rebuildFixture(cached, edits, env);
    rmSync(join(fresh, '.cache'), { recursive: true, force: true });
    const withoutCache = rebuildFixture(fresh, edits, env);
    expect(withCache.status, withCache.output).toBe(0);
    expect(withoutCache.status, withoutCache.output).toBe(0);
    return { withCache: filesOf(withCache.dist), withoutCache: filesOf(withoutCache.dist) };
  }

  it('across the clinic\'s midnight on one UTC day: the special day that has passed leaves every page', () => {
    // Both moments fall on one UTC date, on either side of the clinic's midnight.
    expect(beforeMidnight.slice(0, 10)).toBe(afterMidnight.slice(0, 10));
    expect(calendarDateAt(new Date(beforeMidnight), zone)).toBe(holiday);
    const first = rebuildFixture(cached, {}, { SITE_NOW: beforeMidnight });
    expect(first.status, first.output).toBe(0);
    const before = filesOf(first.dist);
    const { withCache, withoutCache } = bothAfter({}, { SITE_NOW: afterMidnight });
    expect(withoutCache).not.toEqual(before);
    expect(withCache).toEqual(withoutCache);
  }, 240_000);

  it('after an image is replaced under the same file name', async () => {
    const image = 'content/articles/images/harbour-run.jpg';
    const replaced = await sharp(readFileSync(join(cached, image))).flip().jpeg().toBuffer();
    const { withCache, withoutCache } = bothAfter({ [image]: () => replaced }, { SITE_NOW: afterMidnight });
    expect(withCache).toEqual(withoutCache);
  }, 240_000);

  it('after a change to a schema\'s transform (the code, not the content)', () => {
    // The phone number's last digit, one more: a transform that changes what an unchanged clinic.yaml becomes.
    const transform = '.transform((value) => (typeof value === \'number\' ? `+${value}` : value.trim()))';
    const schema = {
      'src/content-schema.ts': (source: string | undefined) => {
        expect(source).toContain(transform);
        return source!.replace(transform, transform.replace('value.trim()', 'value.trim().replace(/\\d$/, (d) => String((Number(d) + 1) % 10))'));
      },
    };
    const { withCache, withoutCache } = bothAfter(schema, { SITE_NOW: afterMidnight });
    expect(withCache).toEqual(withoutCache);
  }, 240_000);

  it('after counting is turned on: a setting that changes the layout\'s component and the pages\' scripts, not the code', () => {
    const on = { 'content/clinic.yaml': (source: string | undefined) => withCounting(source!, 'http://127.0.0.1:9/api/event') };
    const { withCache, withoutCache } = bothAfter(on, { SITE_NOW: afterMidnight });
    const scripts = [...withoutCache.keys()].filter((file) => file.startsWith('_astro/') && file.endsWith('.js'));
    expect(scripts.some((file) => readFileSync(join(fresh, 'dist', file), 'utf8').includes('site-analytics')), 'the counting script is built').toBe(true);
    expect(withCache).toEqual(withoutCache);
  }, 240_000);
});
