// @module-tag fixture-only
// Astro's incremental build copies a page from the last build when its data
// (the site-wide cacheKey, src/data/site.ts) and its code are unchanged. What the
// build knows of a copied page comes from the last build's record
// (src/integrations/rendered-pages.ts), so the copy must give exactly the site a
// full build gives, and a changed page must never be taken from the record.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, rebuildFixture, removeFixtures } from '../../scripts/lib/fixtures/copies.ts';
import { filesOf, fixtureSite } from './helpers';

afterAll(removeFixtures);

const plain = (output: string) => output.replace(/\x1b\[[0-9;]*m/g, '');
/** The HTML pages a build copied from the last one instead of rendering. */
const restoredPages = (output: string) => [...plain(output).matchAll(/├─ (\S+\.html) \(restored\)/g)].map((m) => m[1]!).sort();
const articleFile = (id: string) => `/articles/${id}/index.html`;
const ARTICLE = 'sleep-and-recovery';

describe('incremental build', () => {
  it('copies every unchanged page, and the copy is the site a full build gives', () => {
    const first = buildFixture({});
    expect(first.status).toBe(0);
    const before = filesOf(first.dist);
    const pagefindBefore = readFileSync(join(first.dist, 'pagefind/pagefind-entry.json'), 'utf8');

    const again = rebuildFixture(first.dir);
    expect(again.status).toBe(0);
    const restored = restoredPages(again.output);
    for (const id of fixtureSite.publishedArticles()) expect(restored).toContain(articleFile(id));
    expect(plain(again.output)).toContain('unchanged since the last build');
    expect(filesOf(again.dist)).toEqual(before);
    expect(readFileSync(join(again.dist, 'pagefind/pagefind-entry.json'), 'utf8')).toBe(pagefindBefore);
  }, 240_000);

  it('renders every page again after an edit, giving what a full build of the edited content gives', () => {
    const retitle = { [`content/articles/${ARTICLE}.mdx`]: (s: string | undefined) => s!.replace(/^title: .+$/m, 'title: "Sleep, Where Recovery Happens"') };
    const first = buildFixture({});
    expect(first.status).toBe(0);
    const edited = rebuildFixture(first.dir, retitle);
    expect(edited.status).toBe(0);
    expect(restoredPages(edited.output)).toEqual([]);
    expect(readFileSync(join(edited.dist, articleFile(ARTICLE)), 'utf8')).toContain('Sleep, Where Recovery Happens');
    expect(plain(edited.output)).not.toContain('unchanged since the last build');

    const fresh = buildFixture(retitle);
    expect(fresh.status).toBe(0);
    expect(filesOf(edited.dist)).toEqual(filesOf(fresh.dist));
  }, 240_000);

  it('scans a copied page again when its bytes are not the ones the last build recorded', () => {
    const first = buildFixture({});
    expect(first.status).toBe(0);
    // Astro copies pages from its cache folder: a copy that changed there must not be taken on trust.
    const cached = join(first.dir, '.cache/astro/dist', articleFile(ARTICLE));
    writeFileSync(cached, readFileSync(cached, 'utf8').replace('</main>', '<a href="/no-such-page/">gone</a></main>'));
    const again = rebuildFixture(first.dir);
    expect(again.status).not.toBe(0);
    expect(plain(again.output)).toMatch(new RegExp(`/articles/${ARTICLE}/[\\s\\S]*?/no-such-page/`));
  }, 240_000);
});
