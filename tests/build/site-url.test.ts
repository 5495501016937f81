// @module-tag fixture-only
// A preview deploy: SITE_URL moves every absolute address (canonical, sitemap,
// Open Graph, structured data, robots, RSS) to the preview's origin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture, rebuildFixture, removeFixtures } from '../../scripts/lib/fixtures/copies.ts';

afterAll(removeFixtures);

describe('SITE_URL', () => {
  it('moves canonical, sitemap, Open Graph, JSON-LD, robots.txt and rss.xml to the preview address', () => {
    const build = rebuildFixture(makeFixture(), {}, { SITE_URL: 'https://preview-42.harbourlight.example/' });
    expect(build.status, build.output.slice(-1500)).toBe(0);
    const read = (path: string) => readFileSync(join(build.dist, path), 'utf8');
    const $ = load(read('articles/shoulder-tension-at-work/index.html'));
    const preview = 'https://preview-42.harbourlight.example/';
    expect($('link[rel=canonical]').attr('href')).toBe(`${preview}articles/shoulder-tension-at-work/`);
    expect($('meta[property="og:image"]').attr('content')).toBe(`${preview}og/articles/shoulder-tension-at-work.png`);
    expect($('script[type="application/ld+json"]').text()).toContain(`"@id":"${preview}#clinic"`);
    expect($('script[type="application/ld+json"]').text()).not.toContain('https://harbourlight.example/');
    expect(read('sitemap-0.xml')).toContain(`<loc>${preview}articles/shoulder-tension-at-work/</loc>`);
    expect(read('robots.txt')).toContain(`Sitemap: ${preview}sitemap-index.xml`);
    expect(read('rss.xml')).toContain(`<link>${preview}articles/shoulder-tension-at-work/</link>`);
  }, 120_000);
});
