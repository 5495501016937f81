import { describe, expect, it } from 'vitest';
import { buildHead, dedupeHead, pageTitle, type HeadTag } from '../../src/lib/head';

const base = { siteName: 'Massage Rx', description: 'A description.', canonical: 'https://massagerx.example/services/' };

const find = (tags: HeadTag[], key: string) => tags.filter((t) => t.attrs['name'] === key || t.attrs['property'] === key || t.attrs['rel'] === key || (key === 'title' && t.tag === 'title'));

describe('pageTitle', () => {
  it('puts the page first and the clinic second', () => {
    expect(pageTitle('Services', 'Massage Rx')).toBe('Services | Massage Rx');
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
  it('adds noindex only when asked', () => {
    expect(find(buildHead(base), 'robots')).toHaveLength(0);
    expect(find(buildHead({ ...base, noindex: true }), 'robots')[0]?.attrs['content']).toBe('noindex, follow');
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
