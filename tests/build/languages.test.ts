// Two languages: the fixture clinic in English and French (scripts/lib/fixtures/french.ts), built;
// and the real site in one language, compared with itself given `languages: [en]` and a
// French interface it does not use (no page of it may change).
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { load } from 'cheerio';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/lib/chromium.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { headersForPath, parseHeadersFile } from '../../src/lib/hosting/headers-file';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { expectBuildToFail } from './catalogue';
import { buildFixture, makeFixture, rebuildFixture, removeFixtures, ROOT } from '../../scripts/lib/fixtures/copies.ts';
import { FRENCH_TITLE, inFrench, SEED, SEED_FIRST_SENTENCE, SEED_FRENCH_TITLE, TRANSLATED_ARTICLE } from '../../scripts/lib/fixtures/french.ts';
import { builtFiles as files, differingFiles, htmlErrors } from './built-checks';
import { builtSite, textOf, type BuiltSite } from './helpers';
import { formatReadingTime } from '../../src/lib/i18n/format';
import { bodyWords, readingMinutes } from '../../src/lib/content/reading-time';
import { recordedPageRefs, recordedPathsOfKind } from '../../src/integrations/rendered-pages';
import { pathOf as addressOf } from '../../src/lib/routes/page-ref';
import { cspDirective } from '../../src/lib/hosting/csp';

afterAll(removeFixtures);

// The clinic's own content/, in one language: saying so changes nothing, byte for byte.
describe('the clinic’s own content/ in one language', () => {
  let asToday = '';
  let saidSo = '';
  beforeAll(() => {
    const dir = makeFixture(join(ROOT, 'content'));
    const today = rebuildFixture(dir, {}, {}, ['--outDir', 'dist-today']);
    expect(today.status, today.output.slice(-2000)).toBe(0);
    asToday = today.dist;
    const said = rebuildFixture(dir, { 'content/clinic.yaml': (yaml) => `${yaml}languages: [en]\n` }, {}, ['--outDir', 'dist-said']);
    expect(said.status, said.output.slice(-2000)).toBe(0);
    saidSo = said.dist;
  }, 240_000);

  it('builds the same pages whether or not clinic.yaml lists its one language', () => {
    const before = files(asToday).filter((f) => f !== 'admin/config.json');
    expect(before.length).toBeGreaterThan(20);
    expect(files(saidSo).filter((f) => f !== 'admin/config.json')).toEqual(before);
    expect(differingFiles(before, saidSo, asToday)).toEqual([]);
  });
  it('has no /fr/ pages, no language switcher and no hreflang anywhere', () => {
    expect(files(asToday).filter((f) => f.startsWith('fr/'))).toEqual([]);
    for (const file of files(asToday).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(asToday, file), 'utf8');
      expect(html, file).not.toContain('hreflang');
      expect(html, file).not.toContain('data-language-switch');
    }
  });
});

/** The fixture clinic in English and French, built once for the tests that read it. */
let bilingual: BuiltSite | undefined;
function bilingualSite(): BuiltSite {
  if (!bilingual) {
    const built = buildFixture(inFrench());
    expect(built.status, built.output.slice(-3000)).toBe(0);
    bilingual = builtSite('english and french', built.dist, join(built.dir, 'content'));
  }
  return bilingual;
}

describe('English and French', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = bilingualSite();
  }, 180_000);

  const french = () => site.pages().filter((p) => p.startsWith('/fr/'));
  const english = () => site.pages().filter((p) => !p.startsWith('/fr/') && p !== '/404.html');
  const alternatesOf = (path: string) =>
    site
      .page(path)('head link[rel="alternate"][hreflang]')
      .map((_, l) => ({ hreflang: site.page(path)(l).attr('hreflang')!, href: site.page(path)(l).attr('href')! }))
      .get();
  const pathOf = (href: string) => new URL(href).pathname;

  it('records what each page is, as its route said (kind, entry, language, file), for the checks after the build', () => {
    const cacheDir = join(dirname(site.dist), '.cache/astro'); // the copy's Astro cacheDir (astro.config.mjs)
    const refs = recordedPageRefs(cacheDir);
    for (const path of site.pages()) expect(refs.has(path), path).toBe(true);
    const english = site.publishedArticles().filter((id) => !id.includes('/'));
    expect(recordedPathsOfKind(cacheDir, 'article')).toEqual(english.map((id) => addressOf({ kind: 'article', id, language: 'en', source: undefined }, 'en')).sort());
    expect(refs.get(`/fr/articles/${TRANSLATED_ARTICLE}/`)).toEqual({ kind: 'article', id: TRANSLATED_ARTICLE, language: 'fr', source: relative(dirname(site.content), site.entryFile(`articles/fr`, TRANSLATED_ARTICLE)) });
    expect(recordedPathsOfKind(cacheDir, 'article', 'fr')).toContain(`/fr/articles/${TRANSLATED_ARTICLE}/`);
    expect(refs.get('/fr/')).toEqual({ kind: 'home', language: 'fr' });
  });

  it('allows WebAssembly on the search page of each language, and on no other page', () => {
    const rules = parseHeadersFile(site.read('_headers'));
    const scripts = (path: string) => cspDirective(headersForPath(rules, path)['Content-Security-Policy']!, 'script-src');
    for (const path of ['/search/', '/fr/search/']) expect(scripts(path), path).toContain("'wasm-unsafe-eval'");
    for (const path of site.pages().filter((p) => !p.endsWith('/search/') && !p.startsWith('/admin/'))) expect(scripts(path), path).not.toContain('wasm');
  });

  it('publishes the French pages under /fr/, in French, and the English ones where they were', () => {
    for (const path of ['/fr/', `/fr/articles/${TRANSLATED_ARTICLE}/`, '/fr/services/sports-massage/', '/fr/therapists/ada-brennan/', '/fr/topics/shoulders/', '/fr/about/', '/fr/contact/', '/fr/book/', '/fr/search/']) {
      expect(site.pages(), path).toContain(path);
      expect(site.page(path)('html').attr('lang'), path).toBe('fr-CA');
    }
    for (const path of english()) expect(site.page(path)('html').attr('lang'), path).toBe('en-CA');
    expect(site.page(`/fr/articles/${TRANSLATED_ARTICLE}/`)('h1').text()).toBe(FRENCH_TITLE);
    // English only: no French page for it.
    expect(site.pages()).not.toContain('/fr/articles/climbing-forearms/');
    expect(site.pages()).not.toContain('/fr/services/hot-stone-massage/');
  });

  it('the seed article’s French frame: title, description and interface in French, the clinic’s text in English, marked as English', () => {
    const page = site.page(`/fr/articles/${SEED}/`);
    expect(page('html').attr('lang')).toBe('fr-CA');
    expect(page('h1').text()).toBe(SEED_FRENCH_TITLE);
    const english = page('[data-article] [lang="en"]');
    expect(english.length).toBe(1);
    expect(english.text()).toContain(SEED_FIRST_SENTENCE);
    expect(textOf(site.page(`/articles/${SEED}/`), '[data-article]')).toContain(SEED_FIRST_SENTENCE);
    expect(alternatesOf(`/fr/articles/${SEED}/`).map((a) => pathOf(a.href))).toEqual([`/articles/${SEED}/`, `/fr/articles/${SEED}/`, `/articles/${SEED}/`]);
  });

  it('every hreflang pair is reciprocal, with x-default the English page, and every alternate exists', () => {
    let pairs = 0;
    for (const path of site.pages()) {
      const alternates = alternatesOf(path);
      if (alternates.length === 0) continue;
      const own = alternates.filter((a) => a.hreflang !== 'x-default');
      expect(own.map((a) => pathOf(a.href)), path).toContain(path);
      expect(alternates.find((a) => a.hreflang === 'x-default')?.href, path).toBe(own.find((a) => a.hreflang === 'en-CA')?.href);
      for (const a of own) {
        expect(site.pages(), `${path} → ${a.href}`).toContain(pathOf(a.href));
        expect(alternatesOf(pathOf(a.href)), `${a.href} does not point back to ${path}`).toEqual(alternates);
        expect(site.page(pathOf(a.href))('html').attr('lang'), a.href).toBe(a.hreflang);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(20);
    // A page with no translation has none, and its language switcher leads to the same section in French.
    expect(alternatesOf('/articles/climbing-forearms/')).toEqual([]);
    expect(site.page('/articles/climbing-forearms/')('[data-language-switch]').attr('href')).toBe('/fr/articles/');
    expect(site.page('/services/hot-stone-massage/')('[data-language-switch]').attr('href')).toBe('/fr/services/');
    expect(site.page(`/articles/${TRANSLATED_ARTICLE}/`)('[data-language-switch]').attr('href')).toBe(`/fr/articles/${TRANSLATED_ARTICLE}/`);
    expect(site.page(`/fr/articles/${TRANSLATED_ARTICLE}/`)('[data-language-switch]').attr('href')).toBe(`/articles/${TRANSLATED_ARTICLE}/`);
  });

  it('the sitemap lists the same alternates as each page’s head (xhtml:link)', () => {
    const sitemap = site.read('sitemap-0.xml');
    const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
    expect(entries.length).toBeGreaterThan(20);
    for (const [, loc, rest] of entries) {
      const links = [...rest!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(([, hreflang, href]) => ({ hreflang: hreflang!, href: href! }));
      expect(links, loc).toEqual(alternatesOf(pathOf(loc!)));
    }
  });

  type Table = { [k: string]: unknown };
  const sentences = (table: Table): string[] =>
    Object.values(table).flatMap((v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' && !Array.isArray(v) ? sentences(v as Table) : []));
  // Lines of several words that differ between the tables, without their link markers.
  const plain = (s: string) => s.replace(/\[([^\]]+)\]\(\w+\)/g, '$1').split(/\{\w+\}/)[0]!.trim();
  const englishLines = sentences(en).map(plain).filter((s) => s.split(' ').length >= 3 && !sentences(fr).map(plain).includes(s));
  const frenchLines = sentences(fr).map(plain).filter((s) => s.split(' ').length >= 3 && !sentences(en).map(plain).includes(s));
  const linesShown = (text: string, lines: string[]) => lines.filter((line) => text.includes(line));

  it('no page mixes languages in its interface: no English interface line on a French page, no French one on an English page', () => {
    expect(englishLines.length).toBeGreaterThan(30);
    for (const path of french()) expect(linesShown(site.page(path).root().text(), englishLines), path).toEqual([]);
    for (const path of english()) expect(linesShown(site.page(path).root().text(), frenchLines), path).toEqual([]);
  });

  it('the one 404 page a host serves for every missing address, /fr/ ones too, says so in both languages, each part marked with its own, its links in that language', () => {
    // Its own copy: the test takes the French part out.
    const page = load(site.read('404.html'));
    expect(page('html').attr('lang')).toBe('en-CA');
    expect(page('h1').text()).toBe(en.notFound.title);
    const frenchPart = page('main section[lang="fr-CA"]');
    expect(frenchPart.length).toBe(1);
    expect(textOf(page, 'main section[lang="fr-CA"] h2')).toBe(fr.notFound.title);
    expect(textOf(page, 'main section[lang="fr-CA"]')).toContain(fr.notFound.description.replace(/\s+/g, ' '));
    const frenchLinks = frenchPart.find('a').map((_, a) => page(a).attr('href')!).get();
    expect(frenchLinks.length).toBe(3);
    for (const href of frenchLinks) {
      expect(href).toMatch(/^\/fr\//);
      expect(site.pages(), href).toContain(href);
    }
    // French inside its part only, English outside it only.
    expect(linesShown(frenchPart.text(), englishLines)).toEqual([]);
    frenchPart.remove();
    expect(linesShown(page.root().text(), frenchLines)).toEqual([]);
    expect(page('main a').length).toBe(3);
  });

  it('writes hours, prices and dates the French way, and the clinic’s own words in French', () => {
    const home = site.page('/fr/');
    // textOf reads non-breaking spaces as spaces.
    expect(textOf(home, 'footer')).toContain('8 h 30 à 19 h');
    expect(textOf(home, 'h1')).toBe(site.clinic['translations' as never]?.['fr']?.['tagline']);
    const service = textOf(site.page('/fr/services/sports-massage/'), 'main');
    expect(service).toContain('140,50 $');
    expect(service).toContain('45 min');
    const byline = textOf(site.page(`/fr/articles/${TRANSLATED_ARTICLE}/`), 'main');
    expect(byline).toMatch(/Publié le \d{1,2} \p{L}+ \d{4}/u);
  });

  it('reads a French article at the French rate, and says a French page\'s structured data in French', () => {
    const frenchBody = site.entry('articles', `fr/${TRANSLATED_ARTICLE}`).body;
    const article = site.page(`/fr/articles/${TRANSLATED_ARTICLE}/`);
    expect(article('article header [data-reading-time]').text()).toBe(formatReadingTime(readingMinutes(bodyWords(frenchBody), 'fr'), fr));
    const graphOf = (path: string) => JSON.parse(site.page(path)('script[type="application/ld+json"]').text())['@graph'] as Array<Record<string, any>>;
    const person = graphOf('/fr/therapists/ada-brennan/').find((n) => n['@type'] === 'Person')!;
    expect(person['hasCredential'].credentialCategory).toBe(fr.structuredData.credentialCategory);
    expect(person['hasCredential'].name).toContain('numéro d’inscription');
    const offers = graphOf('/fr/services/sports-massage/').find((n) => n['@type'] === 'Service')!['offers'] as Array<{ name: string }>;
    for (const offer of offers) expect(offer.name).toMatch(new RegExp(`, \\d+${'\u00a0'}minutes$`));
  });

  it('links from French pages stay in French, and the booking box books the French service page’s service', () => {
    const article = site.page(`/fr/articles/${TRANSLATED_ARTICLE}/`);
    // All but the language switcher, which leads to the English page.
    const internal = article('a[href^="/"]:not([data-language-switch])').map((_, a) => article(a).attr('href')!).get();
    expect(internal.length).toBeGreaterThan(10);
    for (const href of internal) expect(href, href).toMatch(/^\/fr\//);
    expect(article('[data-cta="booking"] a[href="/fr/services/sports-massage/"]').length).toBeGreaterThan(0);
  });

  it('structured data, feed and sharing image are per language', () => {
    const graph = JSON.parse(site.page(`/fr/articles/${TRANSLATED_ARTICLE}/`)('script[type="application/ld+json"]').text())['@graph'] as Array<Record<string, unknown>>;
    expect(graph.find((n) => n['@type'] === 'BlogPosting')?.['inLanguage']).toBe('fr-CA');
    expect(graph.find((n) => n['@type'] === 'MedicalWebPage')?.['inLanguage']).toBe('fr-CA');
    expect(graph.find((n) => n['@type'] === 'WebSite')?.['inLanguage']).toEqual(['en-CA', 'fr-CA']);
    const englishGraph = JSON.parse(site.page(`/articles/${TRANSLATED_ARTICLE}/`)('script[type="application/ld+json"]').text())['@graph'] as Array<Record<string, unknown>>;
    expect(englishGraph.find((n) => n['@type'] === 'BlogPosting')?.['inLanguage']).toBe('en-CA');
    const feed = site.read('fr/rss.xml');
    expect(feed).toContain('<language>fr-CA</language>');
    expect(feed).toContain(FRENCH_TITLE);
    expect(feed).not.toContain('/articles/climbing-forearms/');
    expect(site.page(`/fr/articles/${TRANSLATED_ARTICLE}/`)('meta[property="og:image"]').attr('content')).toBe(`${site.site}fr/og/articles/${TRANSLATED_ARTICLE}.png`);
    expect(site.page('/fr/')('meta[property="og:locale"]').attr('content')).toBe('fr_CA');
    expect(readFileSync(join(site.dist, `fr/og/articles/${TRANSLATED_ARTICLE}.png`)).equals(readFileSync(join(site.dist, `og/articles/${TRANSLATED_ARTICLE}.png`)))).toBe(false);
  });

  it('the editor’s configuration edits both languages, the first at the folder’s root (the browser test drives it)', () => {
    const config = JSON.parse(site.read('admin/config.json')) as { i18n?: { locales: string[]; default_locale: string }; collections: Array<{ name: string; i18n?: unknown }> };
    const languages = site.clinic.languages ?? [];
    expect(languages.length).toBeGreaterThan(1);
    expect(config.i18n).toMatchObject({ locales: languages, default_locale: languages[0] });
    expect(config.collections.find((c) => c.name === 'articles')?.i18n).toBe(true);
  });

  it('every page is valid HTML (html-validate, recommended), in both languages', async () => {
    expect(await htmlErrors(site.dist)).toEqual([]);
  });
  // axe on the French pages: tests/build/locations.test.ts, on the clinic in two languages and two locations.
});

describe('search in each language (Chromium)', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = bilingualSite();
  }, 180_000);

  it('the French search page finds French pages only, and says so in French; the English one English pages only', async () => {
    const { server, url } = await startStaticServer({ root: site.dist });
    const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const results = async (path: string) => {
        await page.goto(new URL(path, url).toString());
        await page.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor();
        await page.waitForFunction(() => !/…$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
        return { status: (await page.locator('[data-search-status]').textContent())!, hrefs: await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)) };
      };
      const inFrench = await results('/fr/search/?q=%C3%A9paules');
      expect(inFrench.hrefs).toContain(`/fr/articles/${TRANSLATED_ARTICLE}/`);
      for (const href of inFrench.hrefs) expect(href).toMatch(/^\/fr\//);
      expect(inFrench.status).toMatch(/résultats? pour/);
      const inEnglish = await results('/search/?q=shoulders');
      expect(inEnglish.hrefs).toContain(`/articles/${TRANSLATED_ARTICLE}/`);
      for (const href of inEnglish.hrefs) expect(href).not.toMatch(/^\/fr\//);
      expect(inEnglish.status).toMatch(/results? for/);
      // A word both languages share (a therapist's name): each search page finds its own language's pages only.
      const surname = site.entry<{ name: string }>('therapists', 'ada-brennan').data.name.split(' ').at(-1)!;
      const shared = { fr: await results(`/fr/search/?q=${surname}`), en: await results(`/search/?q=${surname}`) };
      expect(shared.fr.hrefs).toContain('/fr/therapists/ada-brennan/');
      for (const href of shared.fr.hrefs) expect(href).toMatch(/^\/fr\//);
      expect(shared.en.hrefs).toContain('/therapists/ada-brennan/');
      for (const href of shared.en.hrefs) expect(href).not.toMatch(/^\/fr\//);
    } finally {
      await browser.close();
      server.close();
    }
  }, 60_000);
});

describe('languages: bad input names the file and the field', () => {
  it('a French article whose service has no French version', () => {
    const edits = inFrench();
    const { ['content/services/fr/sports-massage.md']: _service, ...withoutService } = edits;
    expectBuildToFail({
      rule: 'a French page linking to an English-only service',
      edits: withoutService,
      expect: [`content/articles/fr/${TRANSLATED_ARTICLE}.mdx: services:`, '"sports-massage" has no fr version', 'add content/services/fr/sports-massage.md'],
    });
  }, 120_000);
  it('a French file while clinic.yaml lists English alone', () => {
    const { ['content/clinic.yaml']: _clinic, ...files } = inFrench();
    expectBuildToFail({
      rule: 'a file in fr/ of a site in English only',
      edits: files,
      expect: ['is in the fr/ folder, for pages in that language, but content/clinic.yaml\'s languages (en) do not include fr'],
    });
  }, 120_000);
  it('the clinic’s tagline not given in French', () => {
    const edits = inFrench();
    expectBuildToFail({
      rule: 'translations.fr without its tagline',
      edits: { ...edits, 'content/clinic.yaml': (yaml) => (edits['content/clinic.yaml']!(yaml) as string).replace(/^ {4}tagline: .*\n/m, '') },
      expect: ['content/clinic.yaml: translations.fr.tagline:', 'is required: the site is also in fr'],
    });
  }, 120_000);
  it('a page the French footer links to, not translated', () => {
    const { ['content/pages/fr/privacy.md']: _privacy, ...edits } = inFrench();
    expectBuildToFail({
      rule: 'no French privacy page',
      edits,
      expect: ['content/pages/fr/privacy.md', 'is missing: every page in fr links to it from its footer'],
    });
  }, 120_000);
});
