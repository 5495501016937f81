// @module-tag fixture-only
// Scheduled publishing, built at two moments: one minute before and at the start
// of the scheduled day in the fixture clinic's time zone (SITE_NOW sets the
// moment a build publishes for, as the daily rebuild does with the clock).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture, rebuildFixture, removeFixtures } from '../../scripts/lib/fixtures/copies.ts';
import { fixtureSite } from './helpers';

afterAll(removeFixtures);

const DAY = '2099-01-15'; // winter-hands.mdx's publishedDate
const zone = fixtureSite.clinic.timeZone;
/** The UTC instant the day begins in the clinic's zone, worked out here from the zone's offset (not by the site's code). */
function startOfDay(day: string, timeZone: string): Date {
  const noon = new Date(`${day}T12:00:00Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(noon).find((p) => p.type === 'timeZoneName')!.value;
  const [, sign, h, m] = /GMT([+-])(\d{2}):(\d{2})/.exec(name)!;
  const offset = (sign === '-' ? -1 : 1) * (Number(h) * 60 + Number(m));
  return new Date(Date.parse(`${day}T00:00:00Z`) - offset * 60_000);
}

describe('an article scheduled for a future day', () => {
  // Made when the tests run, not when they are collected: a run that leaves them out makes none to leave behind.
  let dir = '';
  beforeAll(() => {
    dir = makeFixture();
  });
  const start = startOfDay(DAY, zone);

  it('is built into nothing public the minute before its day begins in the clinic’s zone, and the build says when it will appear', () => {
    const before = rebuildFixture(dir, {}, { SITE_NOW: new Date(start.getTime() - 60_000).toISOString() });
    expect(before.status, before.output.slice(-1500)).toBe(0);
    expect(before.output).toContain(`[publishing] 1 scheduled article, not published yet:\n  content/articles/winter-hands.mdx: appears on ${DAY} (${zone})`);
    expect(existsSync(join(before.dist, 'articles/winter-hands/index.html'))).toBe(false);
    expect(readFileSync(join(before.dist, 'sitemap-0.xml'), 'utf8')).not.toContain('winter-hands');
  }, 180_000);

  it('appears everywhere from that midnight: page, lists, topic, sitemap, RSS, image', () => {
    const after = rebuildFixture(dir, {}, { SITE_NOW: start.toISOString() });
    expect(after.status, after.output.slice(-1500)).toBe(0);
    expect(after.output).not.toContain('[publishing]');
    const read = (path: string) => readFileSync(join(after.dist, path), 'utf8');
    expect(read('articles/winter-hands/index.html')).toContain('Cold Hands in Winter');
    expect(read('articles/index.html')).toContain('/articles/winter-hands/');
    expect(read('topics/recovery/index.html')).toContain('/articles/winter-hands/');
    expect(read('sitemap-0.xml')).toContain('/articles/winter-hands/');
    expect(read('rss.xml')).toContain('/articles/winter-hands/');
    expect(existsSync(join(after.dist, 'og/articles/winter-hands.png'))).toBe(true);
    // The draft stays out whatever the day.
    expect(existsSync(join(after.dist, 'articles/draft-notes/index.html'))).toBe(false);
  }, 180_000);
});
