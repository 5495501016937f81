// The built site as a whole, on both builds (the clinic's content and the test
// suite's own): sitemap, styles, service pages, home, every page, 404, robots.
// Every expectation is read from the content the site was built from.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { day, readablePhone, sites, textOf, type ArticleFile, type ServiceFile } from './helpers';
import { pageTitle } from '../../src/lib/seo/head';

describe.each(sites)('the $name site', (site) => {
  const { clinic } = site;
  const origin = site.site.replace(/\/$/, '');
  const services = site.ids('services');
  const articles = site.publishedArticles();

  function sitemapUrls(): string[] {
    const index = load(site.read('sitemap-index.xml'), { xml: true });
    return index('sitemap > loc')
      .map((_, el) => index(el).text())
      .get()
      .flatMap((loc) => {
        const xml = load(site.read(new URL(loc).pathname), { xml: true });
        return xml('url > loc').map((_, el) => xml(el).text()).get();
      });
  }

  describe('sitemap', () => {
    const urls = sitemapUrls();

    it('lists the home page, the lists, every published article and every service page', () => {
      expect(articles.length).toBeGreaterThan(0);
      expect(urls).toContain(`${origin}/`);
      expect(urls).toContain(`${origin}/articles/`);
      expect(urls).toContain(`${origin}/services/`);
      for (const id of articles) expect(urls).toContain(`${origin}/articles/${id}/`);
      for (const id of services) expect(urls).toContain(`${origin}/services/${id}/`);
    });

    it('leaves out the 404 page, unpublished articles, and lists only pages that exist', () => {
      expect(urls.some((u) => u.includes('404'))).toBe(false);
      for (const url of urls) expect(existsSync(site.fileFor(new URL(url).pathname)), url).toBe(true);
      const unpublished = site.ids('articles').filter((id) => !articles.includes(id));
      for (const id of unpublished) {
        expect(urls, id).not.toContain(`${origin}/articles/${id}/`);
        expect(existsSync(site.fileFor(`/articles/${id}/`)), id).toBe(false);
      }
    });
  });

  describe('styles', () => {
    const $ = site.page(`/articles/${articles[0]}/`);
    const css = $('style').text();

    it('are inlined: no stylesheet round trip', () => {
      expect($('link[rel=stylesheet]')).toHaveLength(0);
      expect(css.length).toBeGreaterThan(1000);
    });

    it('carry the theme tokens of both colour schemes and the typography plugin from tailwind.config.cjs', () => {
      const { schemes } = createRequire(import.meta.url)('../../tailwind.config.cjs') as { schemes: Record<string, [string, string]> };
      // The minifier writes #ffffff as #fff.
      const sixDigits = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex);
      const declarations = (block: string) => Object.fromEntries([...block.matchAll(/--mrx-([a-z0-9-]+):(#[0-9a-f]{3,6})\b/g)].map((m) => [m[1]!, sixDigits(m[2]!)]));
      // The light values on :root, the dark ones on screens in the dark scheme; paper keeps the light ones.
      const light = declarations(/:root\{color-scheme:light dark;([^}]*)\}/.exec(css)?.[1] ?? '');
      const dark = declarations(/@media screen and \(prefers-color-scheme:\s?dark\)\{:root\{([^}]*)\}/.exec(css)?.[1] ?? '');
      expect(light).toEqual(Object.fromEntries(Object.entries(schemes).map(([token, [value]]) => [token, value])));
      expect(dark).toEqual(Object.fromEntries(Object.entries(schemes).map(([token, [, value]]) => [token, value])));
      expect(css).toContain('@media print{:root{color-scheme:light}}');
      // The browser's toolbar follows the scheme too: the brand's teal, or the dark page.
      const toolbar = $('meta[name=theme-color]').map((_, m) => `${$(m).attr('media')} ${$(m).attr('content')}`).get();
      expect(toolbar).toEqual([`(prefers-color-scheme: light) ${schemes['brand-700']![0]}`, `(prefers-color-scheme: dark) ${schemes['surface']![1]}`]);
      expect(css).toContain('.bg-brand-700{background-color:var(--mrx-brand-700)}');
      // The reading typography in the tokens' colours, without the plugin's own greys or dark-mode colours.
      expect(css).toMatch(/\.prose\{[^}]*--tw-prose-body:var\(--mrx-ink\)/);
      expect(css).not.toContain('--tw-prose-invert');
    });
  });

  describe('service pages', () => {
    it.each(services)('/services/%s/ shows every length and price with its own booking link', (id) => {
      const service = site.entry<ServiceFile>('services', id).data;
      const $ = site.page(`/services/${id}/`);
      expect($('h1').text()).toBe(service.title);
      expect($('title').text()).toBe(pageTitle(service.title, clinic.name));
      expect($('meta[name=description]').attr('content')).toBe(service.summary);
      const rows = $('table tbody tr');
      expect(rows).toHaveLength(service.durations.length);
      service.durations.forEach((d, i) => {
        const row = rows.eq(i);
        expect(row.find('th').text()).toBe(`${d.minutes} min`);
        // The amount as written in content/, whatever the currency's symbol.
        expect(row.find('td').first().text().replace(/[^\d.]/g, '')).toMatch(new RegExp(`^${String(d.price).replace('.', '\\.')}(\\.?0*)?$`));
        const href = row.find('a').attr('href')!;
        expect(new URL(href).origin).toBe(new URL(clinic.booking.rootUrl).origin);
        if (d.bookingRef !== undefined) expect(decodeURIComponent(href)).toContain(String(d.bookingRef));
        expect(row.find('a').text().trim()).toBe(`Book a ${d.minutes}-minute ${service.title.toLowerCase()}`);
      });
    });

    it('each lists the published articles that name it, and no others', () => {
      for (const id of services) {
        const $ = site.page(`/services/${id}/`);
        for (const a of site.ids('articles')) {
          const names = site.entry<ArticleFile>('articles', a).data.services.includes(id);
          expect($(`main a[href="/articles/${a}/"]`).length > 0, `${id} lists ${a}`).toBe(names && articles.includes(a));
        }
      }
    });

    it('/services/ links to every service', () => {
      const $ = site.page('/services/');
      for (const id of services) expect($(`a[href="/services/${id}/"]`).length, id).toBeGreaterThan(0);
    });
  });

  describe('home page', () => {
    const $ = site.page('/');

    it('is titled with the clinic name and shows services, the newest article, hours and location', () => {
      expect($('title').text()).toBe(clinic.name);
      expect($('h1')).toHaveLength(1);
      for (const id of services) expect($(`main a[href="/services/${id}/"]`).length, id).toBeGreaterThan(0);
      const newest = [...articles].sort((a, b) => day(site.entry<ArticleFile>('articles', b).data.publishedDate).localeCompare(day(site.entry<ArticleFile>('articles', a).data.publishedDate)))[0]!;
      expect($(`main a[href="/articles/${newest}/"]`).length).toBe(1);
      expect(textOf($, '#visit-heading')).toBe('Location and hours');
      expect($('main a[data-cta="booking"]').attr('href')).toBe('/book/');
    });
  });

  describe('every page', () => {
    const pages = site.pages();

    it('has the clinic’s phone, address and hours in the footer, from its clinic.yaml', () => {
      for (const path of pages) {
        const $ = site.page(path);
        expect(readablePhone($(`footer a[href="tel:${clinic.phone.e164}"]`).text()), path).toBe(clinic.phone.display);
        expect($('footer address').length, path).toBe(1);
        expect($('footer dl dd').length, path).toBeGreaterThan(0);
      }
    });

    it('has lang, a skip link to main, one h1, a title and a meta description', () => {
      for (const path of pages) {
        const $ = site.page(path);
        expect($('html').attr('lang'), path).toBe('en-CA');
        expect($('body a').first().attr('href'), path).toBe('#main');
        expect($('main#main').length, path).toBe(1);
        expect($('h1').length, path).toBe(1);
        expect($('title').length, path).toBe(1);
        expect($('meta[name=description]').attr('content')?.length ?? 0, path).toBeGreaterThan(40);
      }
    });

    it('never uses one id twice', () => {
      for (const path of pages) {
        const $ = site.page(path);
        const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
        expect(ids.filter((id, i) => ids.indexOf(id) !== i), path).toEqual([]);
      }
    });

    it('articles prefetch the service pages and the booking hub on intent, with rules that are JSON, not JavaScript', () => {
      for (const path of pages) {
        const $ = site.page(path);
        const rules = $('script[type="speculationrules"]');
        if (!/^\/articles\/(?!\d+\/)[^/]+\/$/.test(path)) {
          expect(rules.length, path).toBe(0);
          continue;
        }
        expect(rules.length, path).toBe(1);
        const { prefetch } = JSON.parse(rules.text()) as { prefetch: Array<{ source: string; eagerness: string; where: { or: Array<{ href_matches: string }> } }> };
        expect(prefetch).toHaveLength(1);
        expect(prefetch[0]!.eagerness).toBe('moderate');
        const patterns = prefetch[0]!.where.or.map((w) => new URLPattern({ pathname: w.href_matches }));
        const prefetched = (href: string) => patterns.some((p) => p.test({ pathname: href }));
        // The booking box's service link, the related services and the booking hub match; the article list and other articles do not.
        const service = $('section[data-placement="article-end"] a[href^="/services/"]').attr('href')!;
        expect(prefetched(service), `${path}: ${service}`).toBe(true);
        expect(prefetched('/book/')).toBe(true);
        expect(prefetched('/articles/')).toBe(false);
        expect(prefetched(path)).toBe(false);
      }
    });

    it('ships no JavaScript (but on the search page) and loads nothing from another origin', () => {
      for (const path of pages) {
        const $ = site.page(path);
        if (path !== '/search/') expect($('script:not([type="application/ld+json"]):not([type="speculationrules"])').length, path).toBe(0);
        const sources = $('[src], link[href]:not([rel=canonical]):not([rel=alternate]):not([rel=expect])')
          .map((_, el) => $(el).attr('src') ?? $(el).attr('href'))
          .get();
        for (const src of sources) expect(src.startsWith('/') && !src.startsWith('//'), `${path}: ${src}`).toBe(true);
      }
    });

    it('links only to pages and files that exist, folders with their trailing slash', () => {
      for (const path of pages) {
        const $ = site.page(path);
        $('a[href]').each((_, a) => {
          const href = $(a).attr('href')!;
          const url = new URL(href, `${origin}${path}`);
          if (url.origin !== origin || /^(mailto|tel):/.test(href)) return;
          expect(url.pathname.endsWith('/') || /\.\w+$/.test(url.pathname), `${path} links to ${href}`).toBe(true);
          expect(existsSync(site.fileFor(url.pathname)), `${path} links to ${href}`).toBe(true);
        });
      }
    });

    it('marks booking links out with rel="noopener" and the data attributes analytics count', () => {
      for (const path of pages) {
        const $ = site.page(path);
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
      const $ = site.page('/404.html');
      expect($('h1').text()).toBe('Page not found');
      expect($('meta[name=robots]').attr('content')).toContain('noindex');
    });
  });

  describe('robots.txt', () => {
    it('allows everything and names the absolute sitemap address', () => {
      const robots = site.read('robots.txt');
      expect(robots).toMatch(/^User-agent: \*$/m);
      expect(robots).toMatch(/^Allow: \/$/m);
      expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
      expect(robots).not.toMatch(/^Disallow/m);
    });
  });
});
