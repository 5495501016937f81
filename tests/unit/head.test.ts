import { describe, expect, it } from 'vitest';
import { buildHead, dedupeHead, pageTitle, TITLE_MAX_LENGTH, type HeadTag } from '../../src/lib/seo/head';

const base = {
  siteName: 'Massage Rx',
  description: 'A description.',
  canonical: 'https://massagerx.example/services/',
  image: { url: 'https://massagerx.example/og/default.png', alt: 'Massage Rx', width: 1200, height: 630 },
};

const find = (tags: HeadTag[], key: string) => tags.filter((t) => t.attrs['name'] === key || t.attrs['property'] === key || t.attrs['rel'] === key || (key === 'title' && t.tag === 'title'));

describe('pageTitle', () => {
  it('puts the page first and the clinic second', () => {
    expect(pageTitle('Services', 'Massage Rx')).toBe('Services | Massage Rx');
  });
  it('leaves the clinic out when both would not fit in what search results show, never cutting the page\'s own title', () => {
    const name = 'Harbourlight Massage Therapy and Wellness';
    const title = 'Hip Balance and Lower Back Pain: What Helps';
    expect(`${title} | ${name}`.length).toBeGreaterThan(TITLE_MAX_LENGTH);
    expect(pageTitle(title, name)).toBe(title);
    expect(pageTitle('Services', name)).toBe(`Services | ${name}`);
    // Exactly at the limit, the name stays.
    const fits = 'x'.repeat(TITLE_MAX_LENGTH - ' | Massage Rx'.length);
    expect(pageTitle(fits, 'Massage Rx')).toHaveLength(TITLE_MAX_LENGTH);
  });
  it('is the clinic name alone on the home page', () => {
    expect(pageTitle(undefined, 'Massage Rx')).toBe('Massage Rx');
    expect(pageTitle('Massage Rx', 'Massage Rx')).toBe('Massage Rx');
  });
});

describe('buildHead', () => {
  it('has one title, description and canonical', () => {
    const tags = buildHead({ ...base, title: 'Services' });
    expect(find(tags, 'title')).toEqual([{ tag: 'title', attrs: {}, content: 'Services | Massage Rx' }]);
    expect(find(tags, 'description')).toHaveLength(1);
    expect(find(tags, 'canonical')[0]?.attrs['href']).toBe('https://massagerx.example/services/');
    expect(find(tags, 'og:url')[0]?.attrs['content']).toBe('https://massagerx.example/services/');
  });
  it('uses name= for twitter tags and property= for Open Graph', () => {
    const tags = buildHead({ ...base, title: 'Services' });
    const twitter = tags.filter((t) => (t.attrs['name'] ?? t.attrs['property'] ?? '').startsWith('twitter:'));
    expect(twitter.length).toBeGreaterThan(0);
    expect(twitter.every((t) => t.attrs['name'] && !t.attrs['property'])).toBe(true);
    expect(find(tags, 'og:type')[0]?.attrs).toEqual({ property: 'og:type', content: 'website' });
  });
  it('marks articles as og:type article', () => {
    expect(find(buildHead({ ...base, title: 'A', type: 'article' }), 'og:type')[0]?.attrs['content']).toBe('article');
  });
  it('adds noindex only when asked, and then no canonical', () => {
    expect(find(buildHead(base), 'robots')).toHaveLength(0);
    const noindex = buildHead({ ...base, noindex: true });
    expect(find(noindex, 'robots')[0]?.attrs['content']).toBe('noindex, follow');
    expect(find(noindex, 'canonical')).toHaveLength(0);
  });
  it('describes the sharing image for Open Graph and twitter, 1200×630 with alt text', () => {
    const tags = buildHead(base);
    const value = (key: string) => find(tags, key)[0]?.attrs['content'];
    expect(value('og:image')).toBe('https://massagerx.example/og/default.png');
    expect(value('og:image:width')).toBe('1200');
    expect(value('og:image:height')).toBe('630');
    expect(value('og:image:alt')).toBe('Massage Rx');
    expect(value('twitter:image')).toBe('https://massagerx.example/og/default.png');
    expect(value('twitter:image:alt')).toBe('Massage Rx');
  });
  it('carries article times and the last content change, and advertises the feed', () => {
    const tags = buildHead({
      ...base,
      type: 'article',
      publishedTime: '2026-10-06T00:00:00-07:00',
      modifiedTime: '2026-11-20T00:00:00-07:00',
      updatedTime: '2026-11-20T00:00:00-07:00',
      feed: { url: 'https://massagerx.example/rss.xml', title: 'Articles' },
    });
    expect(find(tags, 'article:published_time')[0]?.attrs['content']).toBe('2026-10-06T00:00:00-07:00');
    expect(find(tags, 'article:modified_time')[0]?.attrs['content']).toBe('2026-11-20T00:00:00-07:00');
    expect(find(tags, 'og:updated_time')[0]?.attrs['content']).toBe('2026-11-20T00:00:00-07:00');
    expect(tags.find((t) => t.attrs['rel'] === 'alternate')?.attrs).toEqual({ rel: 'alternate', type: 'application/rss+xml', title: 'Articles', href: 'https://massagerx.example/rss.xml' });
  });
});

describe('dedupeHead', () => {
  it('keeps the last of repeated tags, so a page can override a default', () => {
    const tags = dedupeHead([
      { tag: 'meta', attrs: { name: 'description', content: 'first' } },
      { tag: 'link', attrs: { rel: 'canonical', href: 'https://a.example/' } },
      { tag: 'meta', attrs: { name: 'description', content: 'second' } },
    ]);
    expect(tags).toEqual([
      { tag: 'link', attrs: { rel: 'canonical', href: 'https://a.example/' } },
      { tag: 'meta', attrs: { name: 'description', content: 'second' } },
    ]);
  });
});
