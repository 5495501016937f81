// The site built with settings and content it does not ship with: testimonials
// allowed by the jurisdiction, and enough articles to paginate the article list.
import { existsSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixtures, type FixtureBuild } from './fixture';
import { contentIds } from './helpers';

const SHIPPED = contentIds('articles').length;
const EXTRA_ARTICLES = 25 - SHIPPED; // 25 articles: pages of 12, 12 and 1
let build: FixtureBuild;
const read = (path: string) => load(readFileSync(join(build.dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8'));

beforeAll(async () => {
  const edits: Record<string, (s: string | undefined) => string | Buffer> = {
    'content/clinic.yaml': (s) => s!.replace('testimonialsAllowed: false', 'testimonialsAllowed: true'),
  };
  for (let i = 1; i <= EXTRA_ARTICLES; i++) {
    const n = String(i).padStart(2, '0');
    edits[`content/articles/generated-${n}.mdx`] = () =>
      [
        '---',
        `title: "Generated article number ${n} for pagination"`,
        'description: A generated article used only to test that the article list is split into pages of twelve.',
        `publishedDate: 2025-01-${n}`,
        'author: maya-chen',
        'services: [relaxation-massage]',
        '---',
        '',
        `Body of generated article ${n}.`,
        '',
      ].join('\n');
  }
  // One article with a hero image, to check how images are served.
  const hero = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2f8179' } }).jpeg().toBuffer();
  edits['content/articles/images/hero.jpg'] = () => hero;
  const generated = edits['content/articles/generated-01.mdx']!;
  edits['content/articles/generated-01.mdx'] = () =>
    String(generated(undefined)).replace('services: [relaxation-massage]', 'services: [relaxation-massage]\nhero:\n  src: ./images/hero.jpg\n  alt: A calm treatment room with a massage table');
  build = buildFixture(edits);
}, 180_000);

afterAll(removeFixtures);

describe('a site with more than twelve articles', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
  });

  it('splits /articles/ into pages of twelve with accessible previous and next links', () => {
    const first = read('articles/');
    const second = read('articles/2/');
    expect(first('main ul > li article')).toHaveLength(12);
    expect(second('main ul > li article')).toHaveLength(12);
    expect(read('articles/3/')('main ul > li article')).toHaveLength(1);
    const nav = first('nav[aria-label="Pagination"]');
    expect(nav.find('a[rel="next"]').attr('href')).toBe('/articles/2/');
    expect(nav.find('a[rel="prev"]')).toHaveLength(0);
    expect(second('nav[aria-label="Pagination"] a[rel="prev"]').attr('href')).toBe('/articles/');
    expect(second('nav[aria-label="Pagination"] a[rel="next"]').attr('href')).toBe('/articles/3/');
    expect(second('title').text()).toMatch(/^Articles, page 2 of 3 \|/);
    expect(existsSync(join(build.dist, 'articles/4/index.html'))).toBe(false);
  });
});

describe('an article with a hero image', () => {
  it('serves it through astro:assets: sized, responsive, modern format, alt text, eager as the largest image above the fold', () => {
    const img = read('articles/generated-01/')('img[data-hero]');
    expect(img).toHaveLength(1);
    expect(img.attr('alt')).toBe('A calm treatment room with a massage table');
    expect(Number(img.attr('width'))).toBeGreaterThan(0);
    expect(Number(img.attr('height'))).toBeGreaterThan(0);
    expect(img.attr('loading')).toBe('eager');
    expect(img.attr('fetchpriority')).toBe('high');
    expect(img.attr('srcset')?.split(',').length).toBeGreaterThanOrEqual(3);
    expect(img.attr('src')).toMatch(/^\/_astro\/.+\.webp$/);
    expect(existsSync(join(build.dist, img.attr('src')!))).toBe(true);
  });
});

describe('testimonials when the jurisdiction allows them', () => {
  it('appear on the service they are about, as quotations without ratings', () => {
    const $ = read('services/therapeutic-massage/');
    const section = $('[data-testimonials]');
    expect(section).toHaveLength(1);
    expect(section.find('blockquote').text()).toContain('sample testimonial');
    expect(section.find('figcaption').text()).toContain('Sample client');
    const html = section.html() ?? '';
    expect(html).not.toMatch(/rating|★|itemprop|schema\.org/i);
    expect(read('services/deep-tissue-massage/')('[data-testimonials]')).toHaveLength(0);
  });
});
