// @module-tag fixture-only
// A pull request's preview (SITE_PREVIEW=1): the fixture clinic's draft and
// scheduled articles are built and say so under a "Preview: not published"
// banner on every page; nothing of it is for search engines (noindex in every
// head and in _headers, no sitemap) and the feed and the search index keep to
// what is published. The production build of the same content has none of it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../src/lib/hosting/headers-file';
import { publicPaths } from '../../src/integrations/dist-links';
import { buildFixture, removeFixtures, type FixtureBuild } from '../../scripts/lib/fixtures/copies.ts';
import { fixtureSite, todayIn } from './helpers';
import { en } from '../../src/i18n/en';

afterAll(removeFixtures);

/** The fixture's articles that are not published today, by state, read from their files. */
function unpublished(): { drafts: string[]; scheduled: string[] } {
  const today = todayIn(fixtureSite.clinic.timeZone);
  const all = fixtureSite.ids('articles').map((id) => ({ id, data: fixtureSite.entry<{ draft?: boolean; publishedDate: string | Date }>('articles', id).data }));
  const day = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
  return {
    drafts: all.filter((a) => a.data.draft === true).map((a) => a.id),
    scheduled: all.filter((a) => a.data.draft !== true && day(a.data.publishedDate) > today).map((a) => a.id),
  };
}
const pagefindPages = (dist: string) => (JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages;

describe('a preview build', () => {
  const { drafts, scheduled } = unpublished();
  // Built when the tests run, not when they are collected: a run that leaves them out (the different clinic's) builds nothing.
  let preview: FixtureBuild;
  beforeAll(() => {
    preview = buildFixture({}, { SITE_PREVIEW: '1' });
  }, 180_000);
  const read = (path: string) => readFileSync(join(preview.dist, path), 'utf8');

  it('builds the draft and the scheduled articles, each saying what it is', () => {
    expect(preview.status, preview.output.slice(-2000)).toBe(0);
    expect(drafts.length).toBeGreaterThan(0);
    expect(scheduled.length).toBeGreaterThan(0);
    for (const id of drafts) expect(load(read(`articles/${id}/index.html`))('[data-preview-banner]').text()).toContain(en.preview.draft);
    for (const id of scheduled) expect(load(read(`articles/${id}/index.html`))('[data-preview-banner]').text()).toContain('This article is scheduled');
    expect(read('articles/index.html')).toContain(`/articles/${drafts[0]}/`);
  }, 180_000);

  it('shows the banner and asks search engines not to index, on every page', () => {
    const pages = publicPaths(preview.dist);
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const $ = load(readFileSync(path.endsWith('/') ? join(preview.dist, path, 'index.html') : join(preview.dist, path), 'utf8'));
      expect($('[data-preview-banner]').text(), path).toContain(en.preview.banner);
      expect($('meta[name="robots"]').attr('content'), path).toMatch(/^noindex/);
    }
    const rules = parseHeadersFile(read('_headers'));
    expect(headersForPath(rules, '/articles/')['X-Robots-Tag']).toBe('noindex, nofollow');
  });

  it('keeps unpublished articles out of the sitemap, the feed and the search index', () => {
    expect(existsSync(join(preview.dist, 'sitemap-index.xml'))).toBe(false);
    expect(read('robots.txt')).not.toContain('Sitemap:');
    const feed = read('rss.xml');
    for (const id of [...drafts, ...scheduled]) {
      expect(feed).not.toContain(`/articles/${id}/`);
      expect(load(read(`articles/${id}/index.html`))('[data-pagefind-body]').length).toBe(0);
    }
    // The same pages are searchable as on the live site.
    expect(pagefindPages(preview.dist)).toEqual(pagefindPages(fixtureSite.dist));
  });
});

describe('the production build of the same content', () => {
  it('has no banner, no noindex on public pages, no unpublished article and no X-Robots-Tag', () => {
    const { drafts, scheduled } = unpublished();
    for (const path of fixtureSite.pages()) {
      const $ = fixtureSite.page(path);
      expect($('[data-preview-banner]').length, path).toBe(0);
      expect($.html(), path).not.toContain(en.preview.banner);
    }
    for (const id of [...drafts, ...scheduled]) expect(existsSync(join(fixtureSite.dist, `articles/${id}/index.html`)), id).toBe(false);
    expect(headersForPath(parseHeadersFile(fixtureSite.read('_headers')), '/')['X-Robots-Tag']).toBeUndefined();
    expect(fixtureSite.read('robots.txt')).toContain('Sitemap:');
  });
});
