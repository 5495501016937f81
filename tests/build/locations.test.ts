// Locations, built: the clinic's own content/ as it is (one place, in clinic.yaml)
// and with that place moved into content/locations/ (the same site, byte for
// byte), and the fixture clinic with two locations (scripts/lib/fixtures/two-locations.ts): a page per location, a
// business per location in structured data, booking at the right location, and
// no location's page showing another's hours.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectBuildToFail, replaceIn, SCHEMA_MISMATCH } from './catalogue';
import { buildFixture, makeFixture, rebuildFixture, removeFixtures, ROOT } from '../../scripts/lib/fixtures/copies.ts';
import { axeProblems, builtFiles as files, differingFiles, htmlErrors } from './built-checks';
import { builtSite, textOf, type BuiltSite } from './helpers';
import { fr } from '../../src/i18n/fr';
import { EAST_END, FRENCH_LOCATION_WORDS, oneLocationMoved, twoLocations, twoLocationsInFrench } from '../../scripts/lib/fixtures/two-locations.ts';
import { TRANSLATED_ARTICLE } from '../../scripts/lib/fixtures/french.ts';

afterAll(removeFixtures);

// The real site: whatever the clinic's content/ says, moving its one place changes nothing.
describe.each([['the clinic’s own content/', join(ROOT, 'content')]])('%s, its one place moved from clinic.yaml into content/locations/', (_name, content) => {
  // Both built here, the same way, so that nothing but the content differs.
  let asToday = '';
  let moved = '';
  beforeAll(() => {
    for (const [edits, set] of [[{}, (d: string) => (asToday = d)], [oneLocationMoved(content), (d: string) => (moved = d)]] as const) {
      const built = rebuildFixture(makeFixture(content), edits);
      expect(built.status, built.output.slice(-2000)).toBe(0);
      set(built.dist);
    }
  }, 240_000);

  it('builds the same site, byte for byte: no migration is needed, and none changes anything', () => {
    const before = files(asToday);
    expect(before.length).toBeGreaterThan(20);
    expect(files(moved)).toEqual(before);
    const differing = differingFiles(before, moved, asToday);
    expect(differing).toEqual([]);
  });
});

describe('two locations', { tags: ['fixture-only'] }, () => {
  let site: BuiltSite;
  beforeAll(() => {
    const built = buildFixture(twoLocations());
    expect(built.status, built.output.slice(-2000)).toBe(0);
    site = builtSite('two locations', built.dist, join(built.dir, 'content'));
  }, 120_000);

  const graph = (path: string) => JSON.parse(site.page(path)('script[type="application/ld+json"]').text())['@graph'] as Array<Record<string, any>>;
  const locationUrl = (id: string) => `${site.site}locations/${id}/`;

  it('has a locations index and a page per location, in the sitemap', () => {
    const sitemap = site.read('sitemap-0.xml');
    for (const path of ['/locations/', '/locations/water-street/', '/locations/east-end/']) {
      expect(site.pages(), path).toContain(path);
      expect(sitemap, path).toContain(`<loc>${site.site.replace(/\/$/, '')}${path}</loc>`);
    }
    const index = site.page('/locations/');
    expect(index('main a[href="/locations/water-street/"]').text().trim()).toBe('Harbour Light Water Street');
    expect(index('main a[href="/locations/east-end/"]').text().trim()).toBe(EAST_END.name);
  });

  it('each location’s page has its own address, phone, hours and holiday hours, and none of the other’s', () => {
    const east = site.page('/locations/east-end/');
    const main = textOf(east, 'main');
    expect(main).toContain('400 Topsail Road');
    expect(east('main a[href="tel:+17095550199"]')).toHaveLength(1);
    expect(main).toContain('7:00 a.m. – 1:00 p.m.');
    expect(main).toContain('August 4, 2099 (Regatta Day): Closed');
    // Water Street's hours (Tuesday to Thursday, 8:30 to 7) and holidays are not East End's.
    expect(main).not.toContain('8:30 a.m.');
    expect(main).not.toContain('Memorial Day');
    expect(main).not.toContain('12 Water Street');
    const water = textOf(site.page('/locations/water-street/'), 'main');
    expect(water).toContain('8:30 a.m. – 7:00 p.m.');
    expect(water).toContain('Our first clinic, by the harbour.');
    expect(water).not.toContain('7:00 a.m. – 1:00 p.m.');
    expect(water).not.toContain('Regatta Day');
  });

  it('structured data: the clinic is the organisation; each location a business of its own, part of it', () => {
    const brand = graph('/').find((n) => n['@id'] === `${site.site}#clinic`)!;
    expect(brand['@type']).toBe('MedicalOrganization');
    expect(brand).not.toHaveProperty('address');
    expect(brand['subOrganization']).toEqual([{ '@id': `${locationUrl('water-street')}#location` }, { '@id': `${locationUrl('east-end')}#location` }]);
    const east = graph('/locations/east-end/').find((n) => n['@id'] === `${locationUrl('east-end')}#location`)!;
    expect(east).toMatchObject({
      '@type': ['HealthAndBeautyBusiness', 'MedicalBusiness'],
      name: EAST_END.name,
      url: locationUrl('east-end'),
      telephone: '+17095550199',
      address: { streetAddress: '400 Topsail Road', postalCode: 'A1E 2B8' },
      geo: { latitude: 47.53391, longitude: -52.7552 },
      parentOrganization: { '@id': `${site.site}#clinic` },
      specialOpeningHoursSpecification: [{ '@type': 'OpeningHoursSpecification', validFrom: '2099-08-04', validThrough: '2099-08-04', opens: '00:00', closes: '00:00' }],
    });
    expect(east['openingHoursSpecification']).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Wednesday'], opens: '07:00', closes: '13:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '09:30', closes: '14:30' },
    ]);
    // A location's page names only its own business; the home and contact pages name both.
    expect(graph('/locations/east-end/').filter((n) => String(n['@id']).endsWith('#location')).map((n) => n['@id'])).toEqual([`${locationUrl('east-end')}#location`]);
    for (const path of ['/', '/contact/']) expect(graph(path).filter((n) => String(n['@id']).endsWith('#location')), path).toHaveLength(2);
    // Elsewhere, the organisation alone.
    expect(graph('/articles/shoulder-tension-at-work/').filter((n) => String(n['@id']).endsWith('#location'))).toHaveLength(0);
  });

  it('books at the right location: each service page per location it is offered at, under its Jane location', () => {
    const links = (path: string, selector: string) => site.page(path)(selector).map((_, a) => site.page(path)(a).attr('href')).get();
    const sports = links('/services/sports-massage/', 'table tbody a');
    expect(sports).toEqual([
      'https://harbourlight.janeapp.com/locations/water-street/book?utm_source=website&utm_medium=service#/discipline/7/treatment/71',
      'https://harbourlight.janeapp.com/locations/water-street/book?utm_source=website&utm_medium=service#/discipline/7/treatment/72',
      'https://harbourlight.janeapp.com/locations/east-end/book?utm_source=website&utm_medium=service#/discipline/7/treatment/71',
      'https://harbourlight.janeapp.com/locations/east-end/book?utm_source=website&utm_medium=service#/discipline/7/treatment/72',
    ]);
    // Hot stone massage is offered at Water Street only.
    expect(links('/services/hot-stone-massage/', 'table tbody a').every((u) => u.includes('/locations/water-street/book'))).toBe(true);
    // Luc practises at East End only: his booking goes there, and so does his service with him.
    const luc = links('/therapists/luc-tremblay/', 'section[data-placement="therapist"] a[data-cta]');
    expect(luc.length).toBeGreaterThan(0);
    expect(luc.every((u) => u.startsWith('https://harbourlight.janeapp.com/locations/east-end/book'))).toBe(true);
    // A location's own page books there only.
    const east = links('/locations/east-end/', 'section[data-placement="location"] a[data-minutes]');
    expect(east.length).toBeGreaterThan(0);
    expect(east.every((u) => u.startsWith('https://harbourlight.janeapp.com/locations/east-end/book'))).toBe(true);
    // The article's booking box offers each location, grouped under its name.
    const box = site.page('/articles/shoulder-tension-at-work/')('section[data-placement="article-end"]');
    expect(box.find('[data-booking-location]').map((_, p) => box.find(p).text().trim()).get()).toEqual(['Harbour Light Water Street', EAST_END.name]);
  });

  it('the footer and the contact page list every location; the home page too', () => {
    for (const path of ['/', '/articles/', '/locations/east-end/']) {
      const footer = site.page(path)('footer [data-footer-locations] a[href^="/"]').map((_, a) => site.page(path)(a).attr('href')).get();
      expect(footer, path).toEqual(['/locations/water-street/', '/locations/east-end/']);
    }
    expect(site.page('/contact/')('main section[data-location]').map((_, s) => site.page('/contact/')(s).attr('data-location')).get()).toEqual(['water-street', 'east-end']);
    expect(site.page('/')('main [data-location]').map((_, s) => site.page('/')(s).attr('data-location')).get()).toEqual(['water-street', 'east-end']);
  });

  it('therapist pages say where they practise', () => {
    const where = (id: string) => site.page(`/therapists/${id}/`)('[data-practises-at] a').map((_, a) => site.page(`/therapists/${id}/`)(a).attr('href')).get();
    expect(where('luc-tremblay')).toEqual(['/locations/east-end/']);
    expect(where('ada-brennan')).toEqual(['/locations/water-street/', '/locations/east-end/']);
  });

  it('every page is valid HTML (html-validate, recommended)', async () => {
    expect(await htmlErrors(site.dist)).toEqual([]);
  });
});

describe('two locations, in English and French', { tags: ['fixture-only'] }, () => {
  let site: BuiltSite;
  beforeAll(() => {
    const built = buildFixture(twoLocationsInFrench());
    expect(built.status, built.output.slice(-2000)).toBe(0);
    site = builtSite('two locations in French', built.dist, join(built.dir, 'content'));
  }, 180_000);

  const hrefs = (path: string, selector: string) => site.page(path)(selector).map((_, a) => site.page(path)(a).attr('href')).get();
  const alternates = (path: string) => Object.fromEntries(site.page(path)('head link[rel="alternate"][hreflang]').map((_, l) => [[site.page(path)(l).attr('hreflang'), new URL(site.page(path)(l).attr('href')!).pathname]]).get());
  const frenchPages = ['/fr/locations/', '/fr/locations/water-street/', '/fr/locations/east-end/'];

  it('each location’s page and the index in French, paired with the English ones both ways', () => {
    const sitemap = site.read('sitemap-0.xml');
    for (const path of frenchPages) {
      expect(site.pages(), path).toContain(path);
      expect(site.page(path)('html').attr('lang'), path).toBe('fr-CA');
      const english = path.replace(/^\/fr/, '');
      expect(alternates(path), path).toEqual({ 'en-CA': english, 'fr-CA': path, 'x-default': english });
      expect(alternates(english), english).toEqual(alternates(path));
      expect(sitemap, path).toContain(`hreflang="fr-CA" href="${site.site.replace(/\/$/, '')}${path}"`);
    }
  });

  it('a location’s French page: its words in French, its facts as in English, no English words of its own', () => {
    const east = textOf(site.page('/fr/locations/east-end/'), 'main');
    const words = FRENCH_LOCATION_WORDS['east-end'];
    for (const line of [words.parking, words.transit, words.premisesAccessibility, `(${words.specialHours[0].note})${fr.hours.dayThenHours}${fr.hours.closed}`, fr.hours.range(fr.hours.time(7, 0), fr.hours.time(13, 0)), EAST_END.address.street]) {
      // As textOf writes it: every run of white space (the French non-breaking ones too) one space.
      expect(east, line).toContain(line.replace(/\s+/g, ' '));
    }
    for (const line of [EAST_END.parking, EAST_END.transit, EAST_END.premisesAccessibility, EAST_END.specialHours[0]!.note]) expect(east, line).not.toContain(line);
    const water = site.page('/fr/locations/water-street/');
    expect(water('h1').text().trim()).toBe(FRENCH_LOCATION_WORDS['water-street'].name);
    expect(textOf(water, 'main')).toContain(FRENCH_LOCATION_WORDS['water-street'].intro);
    expect(textOf(water, 'main')).not.toContain('Our first clinic');
    // Its links stay in French: the therapists there, and every location in the footer.
    expect(hrefs('/fr/locations/east-end/', 'main a[href^="/therapists/"]')).toEqual([]);
    expect(hrefs('/fr/locations/east-end/', 'main a[href^="/fr/therapists/"]').length).toBeGreaterThan(0);
    expect(hrefs('/fr/', 'footer [data-footer-locations] a[href^="/"]')).toEqual(['/fr/locations/water-street/', '/fr/locations/east-end/']);
    expect(site.page('/fr/contact/')('main section[data-location]').map((_, s) => site.page('/fr/contact/')(s).attr('data-location')).get()).toEqual(['water-street', 'east-end']);
    expect(hrefs('/fr/therapists/luc-tremblay/', '[data-practises-at] a')).toEqual(['/fr/locations/east-end/']);
  });

  it('structured data: each location the same business in both languages (one @id), named in the page’s language', () => {
    const node = (path: string, id: string) => (JSON.parse(site.page(path)('script[type="application/ld+json"]').text())['@graph'] as Array<Record<string, any>>).find((n) => n['@id'] === `${site.site}locations/${id}/#location`)!;
    const [english, french] = [node('/locations/water-street/', 'water-street'), node('/fr/locations/water-street/', 'water-street')];
    expect(french.name).toBe(FRENCH_LOCATION_WORDS['water-street'].name);
    expect(english.name).not.toBe(french.name);
    for (const fact of ['telephone', 'address', 'geo', 'openingHoursSpecification', 'url', 'parentOrganization']) expect(french[fact], fact).toEqual(english[fact]);
  });

  it('each location’s page shows its own photos, in French with their French words; its business is pictured by them', async () => {
    const photosOf = (id: string) => site.entry<{ photos: Array<{ src: string; alt?: string }> }>('locations', id).data.photos;
    for (const id of ['water-street', 'east-end']) {
      const own = photosOf(id);
      expect(own.length, `${id} needs a photo for this test`).toBeGreaterThan(0);
      const french = FRENCH_LOCATION_WORDS[id as keyof typeof FRENCH_LOCATION_WORDS].photoAlts;
      for (const [path, alts] of [[`/locations/${id}/`, own.map((p) => p.alt ?? '')], [`/fr/locations/${id}/`, own.map((p) => (p.alt ? french[own.filter((q) => q.alt).indexOf(p)] : ''))]] as const) {
        const page = site.page(path);
        const shown = page('main img[data-photo="gallery"]');
        expect(shown.map((_, img) => page(img).attr('alt')).get(), path).toEqual(alts);
        expect(shown.map((_, img) => page(img).attr('loading')).get(), path).toEqual(alts.map(() => 'lazy'));
        const business = (JSON.parse(page('script[type="application/ld+json"]').text())['@graph'] as Array<Record<string, any>>).find((n) => n['@id'] === `${site.site}locations/${id}/#location`)!;
        const images = [business['image']].flat() as string[];
        expect(images.length, path).toBe(own.length);
        for (const image of images) expect(image, path).toMatch(new RegExp(`^${site.site}_astro/.+\\.jpg$`));
      }
    }
  });

  it('books at each location from the French service page, as from the English one', () => {
    const booking = (path: string) => hrefs(path, 'table tbody a');
    expect(booking('/fr/services/sports-massage/').length).toBeGreaterThan(0);
    expect(booking('/fr/services/sports-massage/')).toEqual(booking('/services/sports-massage/'));
  });

  // Every page the clinic's own content may not have yet, once: the French ones, the locations' in both
  // languages, and the English pages a second location or language changes (a switcher, the places listed).
  // (The clinic's own pages are the content gate's, in npm test; the fixture clinic's, tests/browser/a11y.spec.ts.)
  it('axe finds no WCAG A/AA violation, no request to another origin and no console error on every French page, every location page and the English pages they change, at 390 and 1280 px, light and dark (Chromium)', async () => {
    const changed = ['/', '/contact/', '/book/', '/404.html', '/services/sports-massage/', '/therapists/ada-brennan/', `/articles/${TRANSLATED_ARTICLE}/`];
    const pages = [...site.pages().filter((p) => /^\/(fr|locations)\//.test(p)), ...changed];
    for (const path of [...frenchPages, ...changed]) expect(pages, path).toContain(path);
    expect(await axeProblems(site.dist, pages)).toEqual([]);
  }, 240_000);

  it('every page is valid HTML (html-validate, recommended), in both languages', async () => {
    expect(await htmlErrors(site.dist)).toEqual([]);
  });
});

describe('locations: bad input names the file and the field', { tags: ['fixture-only'] }, () => {
  it('place facts written in clinic.yaml as well as in content/locations/', () => {
    const edits = twoLocations();
    expectBuildToFail({
      rule: 'parking in clinic.yaml beside the locations',
      edits: { ...edits, 'content/clinic.yaml': (source) => `${edits['content/clinic.yaml']!(source) as string}parking: In the lot.\n` },
      expect: ['content/clinic.yaml: parking:', "the clinic's locations are in content/locations/ (2 files): move parking into each location's file and remove it here"],
    });
  }, 120_000);
  // Two defects in two files, one build: the check across entries reports every problem it finds.
  it('a therapist at a location that does not exist; a therapist offering a service at none of their locations', () => {
    const edits = twoLocations();
    const then = (file: string, more: (source: string) => string) => (source: string | undefined) => more(edits[file]!(source) as string);
    expectBuildToFail({
      rule: 'a therapist’s location that is not a file in content/locations/; a service offered only where its therapist is not',
      edits: {
        ...edits,
        'content/therapists/ada-brennan.md': replaceIn(/^services:/m, 'locations: [west-end]\nservices:'),
        // Luc practises at East End; hot stone massage is offered at Water Street only.
        'content/therapists/luc-tremblay.md': then('content/therapists/luc-tremblay.md', replaceIn(/^services: \[sports-massage\]$/m, 'services: [sports-massage, hot-stone-massage]')),
        'content/services/hot-stone-massage.md': then('content/services/hot-stone-massage.md', replaceIn(/^therapists: \[ada-brennan\]$/m, 'therapists: [ada-brennan, luc-tremblay]')),
      },
      expect: [
        'content/therapists/ada-brennan.md: locations[0]: no location "west-end" exists in content/locations/ (known: east-end, water-street)',
        'content/therapists/luc-tremblay.md: locations: shares no location with "hot-stone-massage", which this file lists under services: content/services/hot-stone-massage.md offers it at water-street, and this therapist practises at east-end',
      ],
    });
  }, 120_000);
  it('a map position with too few decimals, in a location’s file', () => {
    const edits = twoLocations();
    expectBuildToFail({
      rule: 'latitude with 3 decimals',
      edits: { ...edits, 'content/locations/east-end.md': (source) => (edits['content/locations/east-end.md']!(source) as string).replace(/latitude: "?47\.53391"?/, 'latitude: 47.534') },
      expect: [SCHEMA_MISMATCH, 'geo.latitude: geo.latitude needs at least 5 decimals', 'east-end.md'],
    });
  }, 120_000);
});
