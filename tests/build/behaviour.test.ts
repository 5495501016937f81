// Behaviour with exact values, on the test suite's own clinic
// (tests/fixtures/clinic/, built into .cache/fixture-site/dist/): booking deep
// links, dates and their offsets, scheduled and draft articles, parked files,
// what staff type without quotes, special hours, testimonials. The values below
// are the fixture's, written by hand, never computed by the code under test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite as site, textOf } from './helpers';

const JANE = 'https://harbourlight.janeapp.com/';
const jsonLd = (path: string) => JSON.parse(site.page(path)('script[type="application/ld+json"]').text())['@graph'] as Array<Record<string, any>>;
const node = (path: string, id: string) => jsonLd(path).find((n) => n['@id'] === id)!;

describe('booking links', () => {
  it('an article’s closing box books each length of its first service, tracked to the article', () => {
    const cta = site.page('/articles/shoulder-tension-at-work/')('section[data-placement="article-end"]');
    expect(cta.find('a[data-minutes]').map((_, a) => cta.find(a).attr('href')).get()).toEqual([
      `${JANE}?utm_source=website&utm_medium=article-end&utm_content=shoulder-tension-at-work#/discipline/7/treatment/71`,
      `${JANE}?utm_source=website&utm_medium=article-end&utm_content=shoulder-tension-at-work#/discipline/7/treatment/72`,
    ]);
    expect(textOf(site.page('/articles/shoulder-tension-at-work/'), 'section[data-placement="article-end"] a[data-minutes="75"]')).toBe('Book 75 min sports massage, · $140.50');
  });

  it('the service page, the hub and a therapist page deep-link to the service, length and staff member', () => {
    const service = site.page('/services/sports-massage/');
    expect(service('table tbody a').map((_, a) => service(a).attr('href')).get()).toEqual([
      `${JANE}?utm_source=website&utm_medium=service#/discipline/7/treatment/71`,
      `${JANE}?utm_source=website&utm_medium=service#/discipline/7/treatment/72`,
    ]);
    expect(service('table tbody td').first().text()).toBe('$95');
    const hub = site.page('/book/');
    expect(hub('section[data-service="hot-stone-massage"] a[data-minutes]').attr('href')).toBe(`${JANE}?utm_source=website&utm_medium=hub#/discipline/8/treatment/81`);
    expect(hub('section[data-therapist="luc-tremblay"] a[data-cta]').attr('href')).toBe(`${JANE}?utm_source=website&utm_medium=hub#/staff_member/302`);
    const ada = site.page('/therapists/ada-brennan/');
    expect(ada('section[data-placement="therapist"]:not([data-service]) a[data-cta]').attr('href')).toBe(`${JANE}?utm_source=website&utm_medium=therapist#/staff_member/301`);
  });

  it('a therapist’s page books each service they offer, each length with them selected (Jane: staff member and treatment)', () => {
    const ada = site.page('/therapists/ada-brennan/');
    const panels = ada('[data-therapist-services] section[data-therapist="ada-brennan"]');
    expect(panels.map((_, p) => ada(p).attr('data-service')).get()).toEqual(['sports-massage', 'hot-stone-massage']);
    expect(panels.find('a[data-minutes]').map((_, a) => ada(a).attr('href')).get()).toEqual([
      `${JANE}?utm_source=website&utm_medium=therapist#/staff_member/301/treatment/71`,
      `${JANE}?utm_source=website&utm_medium=therapist#/staff_member/301/treatment/72`,
      `${JANE}?utm_source=website&utm_medium=therapist#/staff_member/301/treatment/81`,
    ]);
    expect(textOf(ada, '[data-therapist-services] section[data-service="sports-massage"] a[data-minutes="75"]')).toBe('Book 75 min sports massage with Ada Brennan, · $140.50');
    expect(textOf(ada, '[data-therapist-services] section[data-service="sports-massage"] p[id]')).toBe('Book a sports massage with Ada');
  });

  it('the hub goes by therapist, then service and length', () => {
    const hub = site.page('/book/');
    const luc = hub('[data-hub-therapist="luc-tremblay"] details');
    expect(luc.find('summary').text()).toBe('Or choose a service and length with Luc');
    expect(luc.find('a[data-minutes]').map((_, a) => hub(a).attr('href')).get()).toEqual([
      `${JANE}?utm_source=website&utm_medium=hub#/staff_member/302/treatment/71`,
      `${JANE}?utm_source=website&utm_medium=hub#/staff_member/302/treatment/72`,
    ]);
  });

  it('ids written without quotes (bookingRef: 7, number: 4417) are read as the text staff typed', () => {
    expect(textOf(site.page('/therapists/ada-brennan/'), '[data-registration]')).toContain('4417');
    expect(textOf(site.page('/therapists/luc-tremblay/'), '[data-registration]')).toContain('0912');
  });
});

describe('one service offered three times on one page', () => {
  const $ = site.page('/articles/shoulder-tension-at-work/');

  it('gives each booking box its own id and label, two inside the text and one after it', () => {
    const panels = $('section[data-service="sports-massage"]');
    expect(panels.map((_, p) => $(p).attr('data-placement')).get()).toEqual(['inline', 'inline', 'article-end']);
    const labels = panels.map((_, p) => $(p).attr('aria-labelledby')).get();
    expect(labels).toEqual(['booking-inline-sports-massage', 'booking-inline-sports-massage-2', 'booking-article-end-sports-massage']);
    for (const id of labels) expect($(`[id="${id}"]`)).toHaveLength(1);
  });

  it('keeps MDX comments out of the page and code as written', () => {
    expect($.html()).not.toContain('A note for the editor');
    expect($('article .prose code').first().text()).toBe('if (a < b) { lift() }');
  });
});

describe('dates: one instant in the clinic’s time zone, everywhere', () => {
  // America/St_Johns is 3:30 behind UTC in winter and 2:30 in summer; clocks changed on 2025-11-02 and 2026-03-08,
  // after midnight: those midnights were still at the old offset.
  const path = '/articles/sleep-and-recovery/';
  const $ = site.page(path);
  const posting = node(path, `${site.site}articles/sleep-and-recovery/#article`);

  it('page, JSON-LD and Open Graph say the same instant, with the offset of that midnight', () => {
    expect($('time[data-published]').attr('datetime')).toBe('2025-11-02T00:00:00-02:30');
    expect($('time[data-updated]').attr('datetime')).toBe('2026-03-08T00:00:00-03:30');
    expect(posting['datePublished']).toBe('2025-11-02T00:00:00-02:30');
    expect(posting['dateModified']).toBe('2026-03-08T00:00:00-03:30');
    expect($('meta[property="article:published_time"]').attr('content')).toBe('2025-11-02T00:00:00-02:30');
    expect($('meta[property="og:updated_time"]').attr('content')).toBe('2026-03-08T00:00:00-03:30');
    expect($('time[data-published]').text()).toBe('November 2, 2025');
  });

  it('the sitemap and RSS name the same instants', () => {
    expect(site.read('sitemap-0.xml')).toContain(`<loc>${site.site}articles/sleep-and-recovery/</loc><lastmod>2026-03-08T03:30:00.000Z</lastmod>`);
    const rss = site.read('rss.xml');
    expect(rss).toContain('<pubDate>Sun, 02 Nov 2025 02:30:00 GMT</pubDate>');
    expect(rss).toContain('<pubDate>Tue, 20 Jan 2026 03:30:00 GMT</pubDate>');
  });

  it('article cards date an article the same way', () => {
    expect(site.page('/articles/')('a[href="/articles/after-a-long-run/"]').closest('li').find('time').attr('datetime')).toBe('2026-01-20T00:00:00-03:30');
  });
});

describe('scheduled, draft and parked articles', () => {
  const everything = () => [
    ...site.pages().map((p) => readFileSync(site.fileFor(p), 'utf8')),
    site.read('sitemap-0.xml'),
    site.read('rss.xml'),
  ];

  it('a scheduled article (publishedDate 2099-01-15) and a draft are nowhere public: no page, list, topic, related, sitemap, RSS, image', () => {
    for (const id of ['winter-hands', 'draft-notes']) {
      expect(existsSync(site.fileFor(`/articles/${id}/`)), id).toBe(false);
      expect(existsSync(join(site.dist, `og/articles/${id}.png`)), id).toBe(false);
      for (const text of everything()) expect(text).not.toContain(`/articles/${id}/`);
    }
    for (const text of everything()) expect(text).not.toMatch(/Cold Hands in Winter|Notes Towards a Hip Article/);
  });

  it('nor in the search index', () => {
    const fragments = readdirSync(join(site.dist, 'pagefind/fragment'));
    const indexed = fragments.map((f) => readFileSync(join(site.dist, 'pagefind/fragment', f))).join('');
    // Fragments are compressed; the page count is the check that needs no decompression.
    expect(fragments.length).toBe(13 + 2 + 2);
    expect(indexed.length).toBeGreaterThan(0);
  });

  it('a parked file (_parked-idea.mdx) is not read at all, though it is not even valid', () => {
    expect(existsSync(site.fileFor('/articles/_parked-idea/'))).toBe(false);
    expect(existsSync(site.fileFor('/articles/parked-idea/'))).toBe(false);
  });

  it('an article written as .md is published like an .mdx one', () => {
    expect(site.page('/articles/after-a-long-run/')('h1').text()).toBe('After a Long Run');
  });

  it('a hero image goes through astro:assets: sized, responsive, modern formats first, alt text, eager as the largest image above the fold', () => {
    const page = site.page('/articles/after-a-long-run/');
    const img = page('picture img[data-hero]');
    expect(img).toHaveLength(1);
    expect(img.attr('alt')).toBe("A runner's path along the harbour at dusk, drawn in teal and sand");
    expect([img.attr('width'), img.attr('height')]).toEqual(['1600', '900']);
    expect(img.attr('loading')).toBe('eager');
    expect(img.attr('fetchpriority')).toBe('high');
    expect(img.attr('srcset')?.split(',').length).toBeGreaterThanOrEqual(3);
    // AVIF, then WebP, each in every width; a JPEG for a browser that reads neither.
    expect(page('picture:has(img[data-hero]) source').map((_, s) => page(s).attr('srcset')!.split(',')[0]!.trim().split(' ')[0]!.split('.').at(-1)).get()).toEqual(['avif', 'webp']);
    expect(img.attr('src')).toMatch(/^\/_astro\/.+\.jpg$/);
    expect(existsSync(join(site.dist, img.attr('src')!))).toBe(true);
  });
});

describe('the article list', () => {
  it('is split into pages of twelve (13 published articles: 12 and 1) with previous and next links', () => {
    const first = site.page('/articles/');
    const second = site.page('/articles/2/');
    expect(first('main ul > li article')).toHaveLength(12);
    expect(second('main ul > li article')).toHaveLength(1);
    expect(first('nav[aria-label="Pagination"] a[rel="next"]').attr('href')).toBe('/articles/2/');
    expect(first('nav[aria-label="Pagination"] a[rel="prev"]')).toHaveLength(0);
    expect(second('nav[aria-label="Pagination"] a[rel="prev"]').attr('href')).toBe('/articles/');
    expect(second('nav[aria-label="Pagination"] a[rel="next"]')).toHaveLength(0);
    expect(second('title').text()).toBe('Articles, page 2 of 2 | Harbour Light Massage');
    expect(existsSync(site.fileFor('/articles/3/'))).toBe(false);
    // Newest first: the oldest published article is alone on page 2.
    expect(second('main ul > li a').first().attr('href')).toBe('/articles/sleep-and-recovery/');
  });
});

describe('the clinic’s facts as staff typed them', () => {
  it('a coordinate ending in 0 (47.56150) keeps its five decimals’ meaning', () => {
    const clinic = node('/', `${site.site}#clinic`);
    expect(clinic['geo']).toMatchObject({ latitude: 47.5615, longitude: -52.7126 });
  });

  it('holiday hours: changed hours are shown as hours, closed days as Closed, past days not at all', () => {
    const items = site.page('/contact/')('[data-special-hours] li').map((_, li) => site.page('/contact/')(li).text().replace(/\s+/g, ' ').trim()).get();
    expect(items).toEqual(['July 1, 2099 (Memorial Day): Closed', 'December 24, 2099 (Christmas Eve): 9:00 a.m. – 12:00 p.m.']);
  });

  it('holiday hours in structured data are the days the contact page lists: a closed day 00:00–00:00, changed hours as given', () => {
    for (const path of ['/', '/contact/', '/articles/shoulder-tension-at-work/']) {
      expect(node(path, `${site.site}#clinic`)['specialOpeningHoursSpecification'], path).toEqual([
        { '@type': 'OpeningHoursSpecification', validFrom: '2099-07-01', validThrough: '2099-07-01', opens: '00:00', closes: '00:00' },
        { '@type': 'OpeningHoursSpecification', validFrom: '2099-12-24', validThrough: '2099-12-24', opens: '09:00', closes: '12:00' },
      ]);
    }
    const listed = site.page('/contact/')('[data-special-hours] time').map((_, t) => site.page('/contact/')(t).attr('datetime')).get();
    expect(node('/contact/', `${site.site}#clinic`)['specialOpeningHoursSpecification'].map((s: { validFrom: string }) => s.validFrom)).toEqual(listed);
  });

  it('testimonials allowed by the jurisdiction appear on their service only, as a quotation', () => {
    const section = site.page('/services/sports-massage/')('[data-testimonials]');
    expect(section.find('blockquote').text()).toContain('my legs felt fresh on race day');
    expect(section.find('figcaption').text()).toContain("Jo, St. John's");
    expect(site.page('/services/hot-stone-massage/')('[data-testimonials]')).toHaveLength(0);
  });

  it('the privacy page carries the clinic’s own words', () => {
    expect(textOf(site.page('/privacy/'), 'main')).toContain('This site collects no health information and sets no cookies.');
  });
});
