// Search-engine discovery, verified on every built page of both builds: head
// tags, canonical = sitemap entry, JSON-LD per page type, visible facts =
// structured facts, images, and sitemap, robots.txt and rss.xml agreeing.
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import sharp from 'sharp';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { day, sites, type ArticleFile, type ServiceFile, type TherapistFile } from './helpers';
import { TITLE_MAX_LENGTH } from '../../src/lib/seo/head';

type Json = Record<string, any>;
const xml = new XMLParser({ ignoreAttributes: false });
const ofType = (graph: Json[], type: string) => graph.filter((n) => [n['@type']].flat().includes(type));
const byId = (graph: Json[], id: string) => graph.find((n) => n['@id'] === id);

describe.each(sites)('the $name site', (built) => {
const { clinic, site } = built;
const page = (path: string) => built.page(path);
const readDist = (path: string) => built.read(path);
const pages = built.pages().filter((p) => p.endsWith('/') || p.endsWith('.html'));
const published = built.publishedArticles();

const sitemapFiles = () => {
  const index = xml.parse(readDist('sitemap-index.xml'));
  const list = [index.sitemapindex.sitemap].flat() as Array<{ loc: string; lastmod?: string }>;
  return list.map((s) => new URL(s.loc).pathname.slice(1));
};
const sitemapUrls = (): Array<{ loc: string; lastmod?: string }> => sitemapFiles().flatMap((file) => [xml.parse(readDist(file)).urlset.url].flat());

function jsonLd(path: string): Json[] {
  const $ = page(path);
  const scripts = $('script[type="application/ld+json"]');
  expect(scripts.length, `${path}: one JSON-LD block`).toBe(1);
  const data = JSON.parse(scripts.text()) as { '@context': string; '@graph': Json[] };
  expect(data['@context']).toBe('https://schema.org');
  return data['@graph'];
}

describe('head tags on every page', () => {
  const entries = sitemapUrls();
  const locs = new Set(entries.map((e) => e.loc));

  it.each(pages)('%s: one title, one description, canonical = its sitemap entry, Open Graph and twitter tags', (path) => {
    const $ = page(path);
    expect($('title')).toHaveLength(1);
    expect($('meta[name=description]')).toHaveLength(1);
    const noindex = /noindex/.test($('meta[name=robots]').attr('content') ?? '');
    const canonical = $('link[rel=canonical]');
    if (noindex) {
      expect(canonical, 'noindex pages have no canonical').toHaveLength(0);
      expect(locs.has(new URL(path, site).toString()), 'noindex pages are not in the sitemap').toBe(false);
    } else {
      expect(canonical).toHaveLength(1);
      const href = canonical.attr('href')!;
      expect(href).toBe(new URL(path, site).toString());
      expect(locs.has(href), `${href} is in the sitemap, byte for byte`).toBe(true);
      expect($('meta[property="og:url"]').attr('content')).toBe(href);
    }
    for (const property of ['og:type', 'og:title', 'og:description', 'og:image', 'og:image:alt', 'og:site_name']) {
      expect($(`meta[property="${property}"]`), `${path} ${property}`).toHaveLength(1);
    }
    for (const name of ['twitter:card', 'twitter:title', 'twitter:description', 'twitter:image']) {
      expect($(`meta[name="${name}"]`), `${path} ${name}`).toHaveLength(1);
      expect($(`meta[property="${name}"]`)).toHaveLength(0);
    }
    expect($('meta[property="og:type"]').attr('content')).toBe(/^\/articles\/[^/]+\/$/.test(path) && !/^\/articles\/\d+\/$/.test(path) ? 'article' : 'website');
    expect($('html').attr('lang')).toBe('en-CA');
    expect($('link[rel=alternate][type="application/rss+xml"]').attr('href')).toBe(new URL('/rss.xml', site).toString());
  });

  it('no page repeats a head tag (whatever a layout adds through its head slot)', () => {
    for (const path of pages) {
      const $ = page(path);
      const keys = $('head title, head meta, head link')
        .map((_, el) => {
          const tag = el.tagName;
          const a = (name: string) => $(el).attr(name);
          // A tag given once per colour scheme (theme-color) is one tag per media query.
          return tag === 'title' ? 'title' : tag === 'meta' ? `meta:${a('name') ?? a('property') ?? a('charset') ?? a('http-equiv')}:${a('media') ?? ''}` : `link:${a('rel')}:${a('type') ?? ''}:${a('hreflang') ?? ''}`;
        })
        .get();
      expect(keys.filter((k, i) => keys.indexOf(k) !== i), path).toEqual([]);
    }
  });

  it('titles and descriptions are unique across indexable pages', () => {
    const indexable = pages.filter((p) => !/noindex/.test(page(p)('meta[name=robots]').attr('content') ?? ''));
    const titles = indexable.map((p) => page(p)('title').text());
    const descriptions = indexable.map((p) => page(p)('meta[name=description]').attr('content'));
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(descriptions).size).toBe(descriptions.length);
    // The clinic's name after each page's own, unless the two would not fit (pageTitle, src/lib/seo/head.ts).
    const withoutName = titles.filter((t) => t !== clinic.name && !t.endsWith(` | ${clinic.name}`));
    expect(withoutName.filter((t) => `${t} | ${clinic.name}`.length <= TITLE_MAX_LENGTH)).toEqual([]);
  });

  it('every og:image exists as a 1200×630 image on the site: a card drawn as a PNG, or an article’s hero cut to a JPEG', async () => {
    const images = new Set(pages.map((p) => page(p)('meta[property="og:image"]').attr('content')!));
    expect(images.size).toBe(published.length + 1);
    for (const url of images) {
      expect(url.startsWith(site)).toBe(true);
      const meta = await sharp(join(built.dist, new URL(url).pathname)).metadata();
      expect([meta.format, meta.width, meta.height], url).toEqual([new URL(url).pathname.startsWith('/og/') ? 'png' : 'jpeg', 1200, 630]);
    }
  });
});

describe('JSON-LD on every page', () => {
  it.each(pages)('%s: one @graph with the clinic, the website, a web page and (inner pages) breadcrumbs', (path) => {
    const graph = jsonLd(path);
    const ids = graph.map((n) => n['@id']);
    expect(new Set(ids).size, 'unique @ids').toBe(ids.length);
    const business = byId(graph, `${site}#clinic`)!;
    expect(business['@type']).toEqual(['HealthAndBeautyBusiness', 'MedicalBusiness']);
    expect(business).toMatchObject({ name: clinic.name, url: site, telephone: clinic.phone.e164 });
    expect(business['telephone']).toMatch(/^\+\d{8,15}$/);
    expect(business['address']['@type']).toBe('PostalAddress');
    const geo = (clinic as unknown as { geo: { latitude: number; longitude: number } }).geo;
    expect(business['geo']).toMatchObject({ '@type': 'GeoCoordinates', latitude: Number(geo.latitude), longitude: Number(geo.longitude) });
    expect(business['openingHoursSpecification'].length).toBeGreaterThan(0);
    expect(business['priceRange']).toBeTruthy();
    expect(Array.isArray(business['sameAs'])).toBe(true);
    expect(byId(graph, `${site}#website`)?.['@type']).toBe('WebSite');

    const url = new URL(path, site).toString();
    // The 404 page is served at whatever address was missing, so its node has no fixed URL.
    if (path === '/404.html') expect(graph.some((n) => n['@id'].endsWith('#webpage'))).toBe(true);
    else expect(byId(graph, `${url}#webpage`), 'a web page node for the page').toBeDefined();
    const crumbs = ofType(graph, 'BreadcrumbList');
    if (path === '/') expect(crumbs).toHaveLength(0);
    else if (path !== '/404.html' && path !== '/search/') {
      expect(crumbs).toHaveLength(1);
      const items = crumbs[0]!['itemListElement'] as Json[];
      expect(items.length).toBeGreaterThanOrEqual(2);
      expect(items.at(-1)!['item']).toBe(url);
      expect(items[0]!['item']).toBe(site);
      // the visible breadcrumb trail says the same
      const visible = page(path)('nav[aria-label=Breadcrumb] a').map((_, a) => page(path)(a).text().trim()).get();
      expect(items.slice(0, -1).map((i) => i['name'])).toEqual(visible);
    }
    expect(JSON.stringify(graph)).not.toMatch(/AggregateRating|"Review"|FAQPage|ratingValue/);
  });
});

describe('JSON-LD per page type, and visible facts equal to it', () => {
  it.each(published)('/articles/%s/: MedicalWebPage + BlogPosting, byline and dates equal to the markup', (id) => {
    const url = `${site}articles/${id}/`;
    const graph = jsonLd(`/articles/${id}/`);
    const $ = page(`/articles/${id}/`);
    const webpage = byId(graph, `${url}#webpage`)!;
    const posting = byId(graph, `${url}#article`)!;
    expect(webpage['@type']).toBe('MedicalWebPage');
    expect(posting['@type']).toBe('BlogPosting');
    expect(posting).toMatchObject({ headline: $('h1').text(), description: $('meta[name=description]').attr('content'), publisher: { '@id': `${site}#clinic` } });
    expect(posting['image']).toBe($('meta[property="og:image"]').attr('content'));
    expect(posting['datePublished']).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00[+-]\d{2}:\d{2}$/);
    expect(posting['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00[+-]\d{2}:\d{2}$/);

    const author = byId(graph, posting['author']['@id'])!;
    expect(author['@type']).toBe('Person');
    expect(author['url']).toBe(new URL($('[data-byline-author]').attr('href')!, site).toString());
    expect($('[data-byline-author]').text()).toBe(`${author['name']}, ${author['honorificSuffix']}`);
    // One instant everywhere: the page's <time>, JSON-LD and Open Graph name the same moment.
    expect($('time[data-published]').attr('datetime')).toBe(posting['datePublished']);
    expect($('time[data-updated]').attr('datetime')).toBe(posting['dateModified']);
    expect($('meta[property="article:published_time"]').attr('content')).toBe(posting['datePublished']);
    expect($('meta[property="article:modified_time"]').attr('content')).toBe(posting['dateModified']);

    const { data } = built.entry<ArticleFile>('articles', id);
    expect(posting['datePublished'].slice(0, 10)).toBe(day(data.publishedDate));
    if (data.reviewer) {
      const reviewer = byId(graph, webpage['reviewedBy']['@id'])!;
      expect($('[data-reviewer-name]').text()).toBe(`${reviewer['name']}, ${reviewer['honorificSuffix']}`);
      expect($('time[data-reviewed]').attr('datetime')).toBe(webpage['lastReviewed']);
    } else {
      expect(webpage['reviewedBy']).toBeUndefined();
    }
    expect((posting['citation'] ?? []).length).toBe(data.citations?.length ?? 0);
    expect(posting['citation']?.map((c: Json) => c['url']) ?? []).toEqual($('li[data-citation] a').map((_, a) => $(a).attr('href')).get());
  });

  it.each(built.ids('services'))('/services/%s/: a Service with one Offer per length', (id) => {
    const url = `${site}services/${id}/`;
    const graph = jsonLd(`/services/${id}/`);
    const service = byId(graph, `${url}#service`)!;
    const { data } = built.entry<ServiceFile>('services', id);
    expect(service).toMatchObject({ '@type': 'Service', name: data.title, provider: { '@id': `${site}#clinic` } });
    expect(service['offers']).toHaveLength(data.durations.length);
    data.durations.forEach((d, i) => expect(service['offers'][i]).toMatchObject({ '@type': 'Offer', price: d.price, priceCurrency: clinic.currency }));
    const $ = page(`/services/${id}/`);
    expect(service['offers'].map((o: Json) => o['url'])).toEqual($('table tbody a').map((_, a) => $(a).attr('href')).get());
  });

  it.each(built.ids('therapists'))('/therapists/%s/: a ProfilePage with a Person', (id) => {
    const url = `${site}therapists/${id}/`;
    const graph = jsonLd(`/therapists/${id}/`);
    const profile = byId(graph, `${url}#webpage`)!;
    expect(profile['@type']).toBe('ProfilePage');
    const person = byId(graph, profile['mainEntity']['@id'])!;
    expect(person).toMatchObject({ '@type': 'Person', url, worksFor: { '@id': `${site}#clinic` } });
    expect(page(`/therapists/${id}/`)('h1').text()).toBe(`${person['name']}, ${person['honorificSuffix']}`);
  });

  it('the contact page is a ContactPage, lists are CollectionPages, the FAQ has no FAQ markup', () => {
    expect(byId(jsonLd('/contact/'), `${site}contact/#webpage`)?.['@type']).toBe('ContactPage');
    expect(byId(jsonLd('/articles/'), `${site}articles/#webpage`)?.['@type']).toBe('CollectionPage');
    expect(byId(jsonLd('/about/'), `${site}about/#webpage`)?.['@type']).toBe('AboutPage');
    const faq = jsonLd('/faq/');
    expect([...ofType(faq, 'FAQPage'), ...ofType(faq, 'Question')]).toEqual([]);
    expect(JSON.stringify(faq)).not.toContain('"acceptedAnswer"');
  });
});

describe('sitemap, robots.txt and rss.xml', () => {
  const entries = sitemapUrls();

  it('are well-formed XML', () => {
    for (const file of ['sitemap-index.xml', ...sitemapFiles(), 'rss.xml']) expect(SyntaxValidator.validate(readDist(file)), file).toBe(true);
  });

  it('the sitemap lists every indexable page and nothing else', () => {
    const indexable = pages.filter((p) => !/noindex/.test(page(p)('meta[name=robots]').attr('content') ?? '')).map((p) => new URL(p, site).toString());
    expect(entries.map((e) => e.loc).sort()).toEqual(indexable.sort());
  });

  it('lastmod is the content’s own last change (og:updated_time), never the build time', () => {
    for (const entry of entries) {
      const updated = page(new URL(entry.loc).pathname)('meta[property="og:updated_time"]').attr('content');
      if (updated) expect(new Date(entry.lastmod!).getTime(), entry.loc).toBe(new Date(updated).getTime());
      else expect(entry.lastmod, `${entry.loc} has no date, so no lastmod`).toBeUndefined();
    }
    // Each article's lastmod is the start of its last change day in the clinic's zone, as the page says.
    for (const id of published) {
      const entry = entries.find((e) => e.loc === `${site}articles/${id}/`)!;
      const { data } = built.entry<ArticleFile>('articles', id);
      const local = new Intl.DateTimeFormat('en-CA', { timeZone: clinic.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(entry.lastmod!));
      expect(local, id).toBe(`${day(data.updatedDate ?? data.publishedDate)}, 00:00`);
    }
  });

  it('robots.txt allows all and names the sitemap index, which exists', () => {
    const robots = readDist('robots.txt');
    const sitemap = /^Sitemap: (.+)$/m.exec(robots)![1]!;
    expect(sitemap).toBe(`${site}sitemap-index.xml`);
    expect(readDist(new URL(sitemap).pathname.slice(1))).toContain('<sitemapindex');
  });

  it('rss.xml has every published article, with absolute links in the sitemap, the same instants, descriptions and authors', () => {
    const channel = xml.parse(readDist('rss.xml')).rss.channel;
    const items = [channel.item ?? []].flat() as Json[];
    expect(items).toHaveLength(published.length);
    const locs = new Set(entries.map((e) => e.loc));
    for (const item of items) {
      expect(locs.has(item['link'])).toBe(true);
      const id = new URL(item['link']).pathname.split('/')[2]!;
      const { data } = built.entry<ArticleFile>('articles', id);
      expect(item['title']).toBe(data.title);
      expect(item['description']).toBe(data.description);
      const pagePublished = page(`/articles/${id}/`)('meta[property="article:published_time"]').attr('content')!;
      expect(new Date(item['pubDate']).getTime(), id).toBe(new Date(pagePublished).getTime());
      const author = built.entry<TherapistFile>('therapists', data.author).data.name;
      expect(item['dc:creator']).toContain(author);
    }
    expect(channel['link']).toBe(site);
  });
});
});
