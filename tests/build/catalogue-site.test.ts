// @module-tag fixture-only
// Bad input in the clinic's facts, services, pages and folders: each fails the
// build naming the file and the field or line, and neither content/ nor the
// fixture clinic changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalogue, hashesBefore, hashesNow, replaceIn, type BadInput, SCHEMA_MISMATCH } from './catalogue';
import { buildFixture, removeFixtures } from '../../scripts/lib/fixtures/copies.ts';

afterAll(removeFixtures);

// Pictures as the clinic might drop them beside an entry, made as the real thing before the shared builds.
const pictures = { cmyk: Buffer.alloc(0), cutShort: Buffer.alloc(0), huge: Buffer.alloc(0) };
// The first bytes of an iPhone photo: an ISO box whose brand is heic.
const HEIC = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(4096)]);
beforeAll(async () => {
  const photo = () => sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 180, g: 140, b: 110 } } });
  pictures.cmyk = await photo().toColourspace('cmyk').jpeg().toBuffer();
  const jpeg = await photo().jpeg().toBuffer();
  pictures.cutShort = jpeg.subarray(0, Math.floor(jpeg.length / 2));
  pictures.huge = Buffer.concat([jpeg, Buffer.alloc(21 * 1024 * 1024)]);
});
const THERAPIST_PICTURES = 'content/therapists/images';

const CLINIC = 'content/clinic.yaml';
const SERVICE = 'content/services/sports-massage.md';
const schemaError = (file: string, field: string, message: string): string[] => [SCHEMA_MISMATCH, `${field}: ${message}`, file];

const cases: BadInput[] = [
  {
    rule: 'an iPhone HEIC photo beside a therapist',
    edits: { [`${THERAPIST_PICTURES}/IMG_0412.HEIC`]: () => HEIC },
    expect: [`${THERAPIST_PICTURES}/IMG_0412.HEIC: (picture): is a HEIC photo (an iPhone’s own format), which browsers do not show: export it as JPEG`],
  },
  {
    rule: 'a CMYK JPEG made for print',
    edits: { [`${THERAPIST_PICTURES}/print.jpg`]: () => pictures.cmyk },
    expect: [`${THERAPIST_PICTURES}/print.jpg: (picture): is a CMYK JPEG (made for print), which browsers show with the wrong colours: export it again as an RGB (sRGB) JPEG`],
  },
  {
    rule: 'a photo cut short by an interrupted copy',
    edits: { [`${THERAPIST_PICTURES}/cut.jpg`]: () => pictures.cutShort },
    expect: [`${THERAPIST_PICTURES}/cut.jpg: (picture): is cut short`],
  },
  {
    rule: 'a photo over 20 MB',
    edits: { [`${THERAPIST_PICTURES}/huge.jpg`]: () => pictures.huge },
    expect: [`${THERAPIST_PICTURES}/huge.jpg: (picture): is 21.0 MB, more than 20.0 MB: export it again as a JPEG of at most 4000 pixels on its long side`],
  },
  {
    rule: 'an SVG with a script in it',
    edits: { 'content/pages/images/logo.svg': () => '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>fetch("https://elsewhere.example/")</script><circle r="5"/></svg>' },
    expect: ['content/pages/images/logo.svg: (picture): has code in it (a <script> element), and the site shows pictures, never code'],
  },
  {
    rule: 'a phone number not in E.164 form',
    edits: { [CLINIC]: replaceIn('e164: "+17095550123"', 'e164: "709 555 0123"') },
    expect: schemaError(CLINIC, 'phone.e164', 'phone.e164 must be in E.164 form: + country code and number, no spaces, e.g. "+12505550100"'),
  },
  {
    rule: 'a location with too few decimals',
    edits: { [CLINIC]: replaceIn('latitude: 47.56150', 'latitude: 47.562') },
    expect: schemaError(CLINIC, 'geo.latitude', 'geo.latitude needs at least 5 decimals (about 1 m), so that map pins land on the door'),
  },
  {
    rule: 'an unknown booking platform',
    edits: { [CLINIC]: replaceIn('platform: jane', 'platform: mindbody') },
    expect: schemaError(CLINIC, 'booking.platform', 'booking.platform must be one of jane, acuity, square, fresha, calendly, url'),
  },
  {
    rule: 'a Jane location on a platform that has none',
    edits: { [CLINIC]: replaceIn('  platform: jane\n', '  platform: url\n  location: harbour-front\n') },
    expect: schemaError(CLINIC, 'booking.location', 'booking.location is for Jane’s locations only; remove it for this platform'),
  },
  {
    rule: 'a misspelt field in the clinic file',
    edits: { [CLINIC]: replaceIn('premisesAccessibility:', 'premisesAccesibility:') },
    expect: [SCHEMA_MISMATCH, 'premisesAccesibility: premisesAccesibility is not a field of the clinic (content/clinic.yaml) (did you mean premisesAccessibility?)', CLINIC],
  },
  {
    rule: 'opening hours that close before they open',
    edits: { [CLINIC]: replaceIn('{ days: [Fri], opens: "08:30", closes: "15:00" }', '{ days: [Fri], opens: "15:00", closes: "08:30" }') },
    expect: [SCHEMA_MISMATCH, 'hours closes must be later than opens', CLINIC],
  },
  {
    rule: 'a holiday that is neither closed nor given hours (it would read "Closed")',
    edits: { [CLINIC]: replaceIn('closed: false, opens: "09:00", closes: "12:00", note: Christmas Eve', 'closed: false, note: Christmas Eve') },
    expect: [SCHEMA_MISMATCH, 'specialHours: give opens and closes for a day with changed hours, or closed: true for a day the clinic is closed', CLINIC],
  },
  {
    rule: 'a length with no price',
    edits: { [SERVICE]: replaceIn('{ minutes: 45, price: 95, bookingRef: 71 }', '{ minutes: 45, price: 0, bookingRef: 71 }') },
    expect: [SCHEMA_MISMATCH, 'durations price must be above 0', SERVICE],
  },
  {
    rule: 'a length of no minutes',
    edits: { [SERVICE]: replaceIn('{ minutes: 75, price: 140.5, bookingRef: 72 }', '{ minutes: -75, price: 140.5, bookingRef: 72 }') },
    expect: [SCHEMA_MISMATCH, 'durations minutes must be above 0', SERVICE],
  },
  {
    rule: 'a service without the booking reference the platform needs',
    edits: { [SERVICE]: replaceIn(/^bookingRef: .*\n/m, '') },
    expect: [`${SERVICE}: bookingRef: is required: the booking platform "jane" (content/clinic.yaml) opens a service from its id`],
  },
  {
    rule: 'a service offered by a therapist who does not exist',
    edits: { [SERVICE]: replaceIn('therapists: [ada-brennan, luc-tremblay]', 'therapists: [ada-brennan, sam-lee]') },
    expect: [`${SERVICE}: therapists[1]: no therapist "sam-lee" exists in content/therapists/`],
  },
  {
    rule: 'a policy page without its updated date',
    edits: { 'content/pages/privacy.md': replaceIn(/^updatedDate: .*\n/m, '') },
    expect: schemaError('content/pages/privacy.md', 'updatedDate', 'updatedDate is required: a date written like 2026-11-20 (year-month-day)'),
  },
  {
    rule: 'a content page at an address the site already uses',
    edits: { 'content/pages/services.md': () => '---\ntitle: Our services\nsummary: A page that would take the address of the services list and replace it without a word.\nupdatedDate: 2026-06-01\n---\n\nText.\n' },
    expect: ["content/pages/services.md: (file name): its address /services/ is already one of the site's own pages: choose another file name"],
  },
  {
    rule: 'a service written as .mdx, which the services folder does not read',
    edits: { 'content/services/cupping.mdx': () => '---\ntitle: Cupping\n---\n' },
    expect: ['content/services/cupping.mdx: (file name): services are .md files, so this one is not read: rename it to cupping.md'],
  },
  {
    rule: 'an article whose file name is a page number of the article list',
    edits: { 'content/articles/2.md': () => '---\ntitle: Two\ndescription: An article whose address would be the second page of the article list, hiding one or the other.\npublishedDate: 2026-01-01\nauthor: ada-brennan\nservices: [sports-massage]\n---\n\nText.\n' },
    expect: ['content/articles/2.md: (file name): its address /articles/2/ is a page of the article list: give the file a name with words in it'],
  },
  {
    rule: 'a folder the site does not read',
    edits: { 'content/blog/first-post.md': () => '---\ntitle: A post\n---\n' },
    expect: ['content/blog/first-post.md: (file name): the site does not read the folder content/blog/'],
  },
];

describe('bad site input fails the build with the file and the field named', () => {
  const catalogue = new Catalogue(cases);
  beforeAll(() => catalogue.buildTogether(), 600_000);
  it.each(cases.map((c) => [c.rule, c] as const))('%s', (_rule, input) => {
    catalogue.expectToFail(input);
  }, 120_000);

  it('and leaves the project’s content/ and the fixture clinic byte for byte unchanged', () => {
    expect(hashesNow()).toEqual(hashesBefore);
  });
});

describe('a clinic on Jane’s locations feature', () => {
  it('books under its location’s path, on every booking link', () => {
    const built = buildFixture({ [CLINIC]: replaceIn('  platform: jane\n', '  platform: jane\n  location: harbour-front\n') });
    expect(built.status, built.output.slice(-1500)).toBe(0);
    const page = readFileSync(join(built.dist, 'services/sports-massage/index.html'), 'utf8');
    const links = [...page.matchAll(/href="(https:\/\/harbourlight\.janeapp\.com\/[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const booking = links.filter((l) => !l.includes('gift_cards'));
    expect(booking.length).toBeGreaterThan(0);
    for (const link of booking) expect(link, link).toMatch(/^https:\/\/harbourlight\.janeapp\.com\/locations\/harbour-front\/book(\?[^#]*)?(#\/.*)?$/);
    expect(booking).toContain('https://harbourlight.janeapp.com/locations/harbour-front/book?utm_source=website&utm_medium=service#/discipline/7/treatment/71');
  }, 120_000);
});
