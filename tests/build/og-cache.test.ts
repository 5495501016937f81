// @module-tag fixture-only
// Open Graph images are cached by their inputs outside dist/: a rebuild with no
// content change draws none, and changing one article redraws only its image.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, rebuildFixture, removeFixtures } from '../../scripts/lib/fixtures/copies.ts';
import { fixtureSite } from './helpers';

afterAll(removeFixtures);
const drawn = (output: string) => output.match(/\[og-image\] drawn \S+/g) ?? [];

describe('Open Graph image cache', () => {
  it('draws every image on a cold build, none on an unchanged rebuild, one after one article changes', () => {
    const cold = buildFixture({});
    expect(cold.status).toBe(0);
    // The site's image and a card for each article without a hero (one with a hero is shared with it).
    const withoutHero = fixtureSite.publishedArticles().filter((id) => !fixtureSite.entry<{ hero?: unknown }>('articles', id).data.hero);
    expect(drawn(cold.output)).toHaveLength(withoutHero.length + 1);
    const cacheDir = join(cold.dir, '.cache/og-images');
    const cachedFiles = readdirSync(cacheDir).sort();

    const warm = rebuildFixture(cold.dir);
    expect(warm.status).toBe(0);
    expect(drawn(warm.output)).toEqual([]);
    expect(readdirSync(cacheDir).sort()).toEqual(cachedFiles);

    const changed = rebuildFixture(cold.dir, {
      'content/articles/sleep-and-recovery.mdx': (s) => s!.replace(/^title: .+$/m, 'title: "Sleep: Where Recovery Happens"'),
    });
    expect(changed.status).toBe(0);
    expect(drawn(changed.output)).toEqual(['[og-image] drawn /og/articles/sleep-and-recovery.png']);
  }, 240_000);
});
