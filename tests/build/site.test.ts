// The built site as a whole: sitemap, styles, service pages, home, 404, links.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildBookingUrl } from '../../src/lib/booking';
import { builtPages, clinic, contentIds, DIST, distFileFor, page, readEntry, textOf, readablePhone, type ServiceFile } from './helpers';

const site = clinic.url.replace(/\/$/, '');
const services = contentIds('services');
const articles = contentIds('articles');

function sitemapUrls(): string[] {
  const index = load(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8'), { xml: true });
  return index('sitemap > loc')
    .map((_, el) => index(el).text())
    .get()
    .flatMap((loc) => {
      const file = join(DIST, new URL(loc).pathname);
      const xml = load(readFileSync(file, 'utf8'), { xml: true });
      return xml('url > loc').map((_, el) => xml(el).text()).get();
    });
}

describe('sitemap', () => {
  const urls = sitemapUrls();

  it('lists the home page, the lists, every article and every service page', () => {
    expect(urls).toContain(`${site}/`);
    expect(urls).toContain(`${site}/articles/`);
    expect(urls).toContain(`${site}/services/`);
    for (const id of articles) expect(urls).toContain(`${site}/articles/${id}/`);
    for (const id of services) expect(urls).toContain(`${site}/services/${id}/`);
  });

  it('leaves out the 404 page and lists only pages that exist', () => {
    expect(urls.some((u) => u.includes('404'))).toBe(false);
    for (const url of urls) expect(existsSync(distFileFor(new URL(url).pathname)), url).toBe(true);
  });
});

describe('styles', () => {
  const $ = page('/articles/hip-balance-and-lower-back-pain/');
  const css = $('style').text();

  it('are inlined: no stylesheet round trip', () => {
    expect($('link[rel=stylesheet]')).toHaveLength(0);
    expect(css.length).toBeGreaterThan(1000);
  });

  it('carry the theme tokens and typography plugin from tailwind.config.cjs', () => {
    const config = readFileSync(join(process.cwd(), 'tailwind.config.cjs'), 'utf8');
    const brand700 = /700: '(#[0-9a-f]{6})'/.exec(config)?.[1];
    expect(brand700).toBeDefined();
    expect(css).toContain(`.bg-brand-700{background-color:${brand700}}`);
    expect(css).toContain('.prose-clinic');
    expect(css).toMatch(/\.prose\b/);
  });
});

describe('service pages', () => {
  it.each(services)('/services/%s/ shows every length and price with its own booking link', (id) => {
    const service = readEntry<ServiceFile>(`services/${id}.md`).data;
    const $ = page(`/services/${id}/`);
    expect($('h1').text()).toBe(service.title);
    expect($('title').text()).toBe(`${service.title} | ${clinic.name}`);
    expect($('meta[name=description]').attr('content')).toBe(service.summary);
    const rows = $('table tbody tr');
    expect(rows).toHaveLength(service.durations.length);
    service.durations.forEach((d, i) => {
      const row = rows.eq(i);
      expect(row.find('th').text()).toBe(`${d.minutes} min`);
      expect(row.find('td').first().text()).toBe(`$${d.price.toLocaleString('en-CA')}`);
      expect(row.find('a').attr('href')).toBe(
        buildBookingUrl(clinic.booking, { serviceRef: service.bookingRef, durationRef: d.bookingRef, query: { utm_source: 'website', utm_medium: 'service' } }),
      );
      expect(row.find('a').text().trim()).toBe(`Book a ${d.minutes}-minute ${service.title.toLowerCase()}`);
    });
  });

  it('lists the articles related to a service', () => {
    const $ = page('/services/therapeutic-massage/');
    expect($('#related-articles').length).toBe(1);
    expect($('a[href="/articles/hip-balance-and-lower-back-pain/"]').length).toBeGreaterThan(0);
  });

  it('/services/ links to every service', () => {
    const $ = page('/services/');
    for (const id of services) expect($(`a[href="/services/${id}/"]`).length, id).toBeGreaterThan(0);
  });
});

describe('home page', () => {
  const $ = page('/');

  it('is titled with the clinic name and shows services, latest articles, hours and location', () => {
    expect($('title').text()).toBe(clinic.name);
    expect($('h1')).toHaveLength(1);
    for (const id of services) expect($(`main a[href="/services/${id}/"]`).length, id).toBeGreaterThan(0);
    expect($('main a[href="/articles/hip-balance-and-lower-back-pain/"]').length).toBe(1);
    expect(textOf($, '#visit-heading')).toBe('Location and hours');
    expect($('main a[data-cta="booking"]').attr('href')).toBe('/book/');
  });
});

describe('every page', () => {
  const pages = builtPages();

  it('has the clinic’s phone, address and hours in the footer, from content/clinic.yaml', () => {
    for (const path of pages) {
      const $ = page(path);
      expect(readablePhone($(`footer a[href="tel:${clinic.phone.e164}"]`).text()), path).toBe(clinic.phone.display);
      expect($('footer address').length, path).toBe(1);
      expect($('footer dl dd').length, path).toBeGreaterThan(0);
    }
  });

  it('has lang, a skip link to main, one h1, a title and a meta description', () => {
    for (const path of pages) {
      const $ = page(path);
      expect($('html').attr('lang'), path).toBe('en-CA');
      expect($('body a').first().attr('href'), path).toBe('#main');
      expect($('main#main').length, path).toBe(1);
      expect($('h1').length, path).toBe(1);
      expect($('title').length, path).toBe(1);
      expect($('meta[name=description]').attr('content')?.length ?? 0, path).toBeGreaterThan(40);
    }
  });

  it('ships no JavaScript (but on the search page) and loads nothing from another origin', () => {
    for (const path of pages) {
      const $ = page(path);
      if (path !== '/search/') expect($('script:not([type="application/ld+json"])').length, path).toBe(0);
      const sources = $('[src], link[href]:not([rel=canonical]):not([rel=alternate])')
        .map((_, el) => $(el).attr('src') ?? $(el).attr('href'))
        .get();
      for (const src of sources) expect(src.startsWith('/') && !src.startsWith('//'), `${path}: ${src}`).toBe(true);
    }
  });

  it('links only to pages and files that exist', () => {
    for (const path of pages) {
      const $ = page(path);
      $('a[href^="/"]').each((_, a) => {
        const href = $(a).attr('href')!;
        if (href.startsWith('//')) return;
        const pathname = href.split('#')[0]!;
        expect(existsSync(distFileFor(pathname)), `${path} links to ${href}`).toBe(true);
      });
    }
  });

  it('marks booking links out with rel="noopener" and the data attributes analytics count', () => {
    for (const path of pages) {
      const $ = page(path);
      $('a[data-cta="booking"]').each((_, a) => {
        const href = $(a).attr('href') ?? '';
        if (/^https?:/.test(href)) expect($(a).attr('rel'), `${path}: ${href}`).toBe('noopener');
        expect($(a).attr('data-placement'), path).toBeTruthy();
      });
    }
  });
});

describe('404 page', () => {
  it('exists, says what happened and is kept out of search', () => {
    const $ = page('/404.html');
    expect($('h1').text()).toBe('Page not found');
    expect($('meta[name=robots]').attr('content')).toContain('noindex');
  });
});

describe('robots.txt', () => {
  it('allows everything and names the absolute sitemap address', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).toContain(`Sitemap: ${site}/sitemap-index.xml`);
    expect(robots).not.toMatch(/^Disallow/m);
  });
});
