// @module-tag fixture-only
// A build into another folder (astro build --outDir, as npm run audit does) reads
// the pages it has just built for its sitemap, never a dist/ left by an earlier build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture, rebuildFixture, removeFixtures } from '../../scripts/lib/fixtures/copies.ts';

afterAll(removeFixtures);

describe('a build with --outDir', () => {
  it('writes its sitemap from its own pages, while a stale dist/ says otherwise', () => {
    const dir = makeFixture();
    const first = rebuildFixture(dir);
    expect(first.status, first.output.slice(-1500)).toBe(0);
    const lastmod = (sitemap: string) => /<loc>[^<]*\/articles\/sleep-and-recovery\/<\/loc><lastmod>([^<]+)<\/lastmod>/.exec(sitemap)?.[1];
    expect(lastmod(readFileSync(join(first.dist, 'sitemap-0.xml'), 'utf8'))).toBe('2026-03-08T03:30:00.000Z');

    // The article changes; dist/ still holds the old build.
    const second = rebuildFixture(dir, { 'content/articles/sleep-and-recovery.mdx': (s) => s!.replace('updatedDate: 2026-03-08', 'updatedDate: 2026-07-01').replace('lastReviewed: 2026-03-08', 'lastReviewed: 2026-07-01') }, {}, ['--outDir', 'elsewhere']);
    expect(second.status, second.output.slice(-1500)).toBe(0);
    expect(second.dist).toBe(join(dir, 'elsewhere'));
    expect(lastmod(readFileSync(join(second.dist, 'sitemap-0.xml'), 'utf8'))).toBe('2026-07-01T02:30:00.000Z');
    expect(lastmod(readFileSync(join(dir, 'dist/sitemap-0.xml'), 'utf8')), 'dist/ is left as it was').toBe('2026-03-08T03:30:00.000Z');
  }, 240_000);
});
