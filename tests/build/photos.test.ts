// @module-tag fixture-only
/**
 * Published pictures keep nothing of the file they were made from but the picture. The
 * fixture clinic's article hero is a phone photo with its EXIF: the camera, and the GPS
 * position where it was taken. No picture the build publishes may carry either.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from './helpers';

/** The GPSInfo pointer of an EXIF block, in either byte order. */
const hasGpsPointer = (exif: Buffer) => exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
const PICTURE = /\.(jpe?g|png|webp|avif|gif)$/i;
const picturesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && PICTURE.test(e.name))
    .map((e) => join(e.parentPath, e.name));

interface TherapistFile {
  name: string;
  photo?: { src: string; alt: string };
}
const graphOf = (path: string) => JSON.parse(fixtureSite.page(path)('script[type="application/ld+json"]').text())['@graph'] as Array<Record<string, unknown>>;
const builtFile = (url: string) => join(fixtureSite.dist, new URL(url, fixtureSite.site).pathname);

describe('a therapist’s portrait', () => {
  const withPhoto = fixtureSite.ids('therapists').filter((id) => !id.includes('/') && fixtureSite.entry<TherapistFile>('therapists', id).data.photo);
  const profile = (id: string) => `/therapists/${id}/`;

  it('is a <picture> of AVIF, then WebP, then JPEG, at the size shown and twice it, with its words, width and height', async () => {
    expect(withPhoto.length, 'the fixture clinic needs a therapist with a photo').toBeGreaterThan(0);
    for (const id of withPhoto) {
      const { photo } = fixtureSite.entry<TherapistFile>('therapists', id).data;
      // Their profile (at the top, once: not again in its booking box), their card, and their box in the booking hub.
      for (const [path, eager] of [[profile(id), true], ['/therapists/', false], ['/book/', false]] as const) {
        const page = fixtureSite.page(path);
        const img = page(`picture img[alt="${photo!.alt}"]`);
        expect(img.length, `${path}: ${id}'s portrait`).toBe(1);
        if (path === '/book/') expect(img.closest(`[data-hub-therapist="${id}"]`).length, `${path}: in ${id}'s box`).toBe(1);
        const picture = img.parent();
        expect(picture.find('source').map((_, s) => page(s).attr('type')).get(), path).toEqual(['image/avif', 'image/webp']);
        expect(img.attr('src'), path).toMatch(/\.jpg$/);
        const width = Number(img.attr('width'));
        expect(width, path).toBeGreaterThan(0);
        expect(img.attr('height'), path).toBe(img.attr('width'));
        // The largest portrait above the fold loads first; every other one when it comes near.
        expect([img.attr('loading'), img.attr('fetchpriority')], path).toEqual(eager ? ['eager', 'high'] : ['lazy', undefined]);
        // No file is sent larger than twice the size it is shown at.
        const files = [...picture.find('source').map((_, s) => page(s).attr('srcset')).get(), img.attr('srcset')!].flatMap((set) => set.split(',').map((c) => c.trim().split(' ')[0]!));
        for (const url of new Set(files)) {
          const meta = await sharp(readFileSync(builtFile(url))).metadata();
          expect(meta.width, `${path}: ${url}`).toBeLessThanOrEqual(2 * width);
        }
      }
    }
  });

  it('is the image of the one Person on the profile and wherever they are an author, a square JPEG the build made', async () => {
    for (const id of withPhoto) {
      const person = (path: string) => graphOf(path).find((node) => node['@type'] === 'Person' && node['url'] === new URL(profile(id), fixtureSite.site).href);
      const image = person(profile(id))?.['image'] as string;
      expect(image, profile(id)).toMatch(/\.jpg$/);
      const meta = await sharp(readFileSync(builtFile(image))).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 512, 512]);
      const articles = fixtureSite.publishedArticles().filter((a) => !a.includes('/') && fixtureSite.entry<{ author: string }>('articles', a).data.author === id);
      expect(articles.length, `an article by ${id}`).toBeGreaterThan(0);
      for (const article of articles) expect(person(`/articles/${article}/`)?.['image'], article).toBe(image);
    }
  });
});

describe('an article’s hero', () => {
  it('is a <picture> of AVIF, then WebP, then JPEG, in the widths the layout shows it at, loaded first', () => {
    const withHero = fixtureSite.publishedArticles().filter((id) => !id.includes('/') && fixtureSite.entry<{ hero?: { alt: string } }>('articles', id).data.hero);
    expect(withHero.length, 'the fixture clinic needs an article with a hero').toBeGreaterThan(0);
    for (const id of withHero) {
      const page = fixtureSite.page(`/articles/${id}/`);
      const img = page('picture img[data-hero]');
      expect(img.attr('alt'), id).toBe(fixtureSite.entry<{ hero: { alt: string } }>('articles', id).data.hero.alt);
      expect(img.parent().find('source').map((_, s) => page(s).attr('type')).get(), id).toEqual(['image/avif', 'image/webp']);
      expect(img.parent().find('source').map((_, s) => page(s).attr('sizes')).get(), id).toEqual([img.attr('sizes'), img.attr('sizes')]);
      expect([img.attr('loading'), img.attr('fetchpriority'), Number(img.attr('width')) > 0, Number(img.attr('height')) > 0], id).toEqual(['eager', 'high', true, true]);
    }
  });

  it('is what the article is shared with: a 1200×630 JPEG cut from it, with its words, also the image of its structured data; no card is drawn', async () => {
    const withHero = fixtureSite.publishedArticles().filter((id) => !id.includes('/') && fixtureSite.entry<{ hero?: { alt: string } }>('articles', id).data.hero);
    for (const id of withHero) {
      const page = fixtureSite.page(`/articles/${id}/`);
      const shared = page('meta[property="og:image"]').attr('content')!;
      expect(shared, id).toMatch(/\/_astro\/.+\.jpg$/);
      const meta = await sharp(readFileSync(builtFile(shared))).metadata();
      expect([meta.format, meta.width, meta.height], id).toEqual(['jpeg', 1200, 630]);
      expect(page('meta[property="og:image:alt"]').attr('content'), id).toBe(fixtureSite.entry<{ hero: { alt: string } }>('articles', id).data.hero.alt);
      expect(graphOf(`/articles/${id}/`).find((node) => node['@type'] === 'BlogPosting')?.['image'], id).toBe(shared);
      expect(existsSync(join(fixtureSite.dist, `og/articles/${id}.png`)), id).toBe(false);
    }
  });
});

describe('the premises', () => {
  const photos = fixtureSite.clinic.photos ?? [];
  const page = (path: string) => fixtureSite.page(path);
  const formats = (path: string, img: ReturnType<ReturnType<typeof page>>) => img.parent().find('source').map((_, s) => page(path)(s).attr('type')).get();

  it('the first photo is the home page’s hero: AVIF, WebP, then JPEG, in the widths the layout shows it at, loaded first', () => {
    expect(photos.length, 'the fixture clinic needs photos of its place').toBeGreaterThan(1);
    const hero = page('/')('main img[data-photo="hero"]');
    expect(hero.length).toBe(1);
    expect(hero.attr('alt')).toBe(photos[0]!.alt);
    expect(formats('/', hero)).toEqual(['image/avif', 'image/webp']);
    expect(hero.attr('src')).toMatch(/\.jpg$/);
    expect([hero.attr('loading'), hero.attr('fetchpriority'), Number(hero.attr('width')) > 0, Number(hero.attr('height')) > 0]).toEqual(['eager', 'high', true, true]);
    expect(hero.attr('srcset')!.split(',').length, 'several widths').toBeGreaterThan(2);
    expect(hero.attr('sizes')).toBeTruthy();
  });

  it('a phone’s full-size photo (6000 px wide) is accepted and sent resized: no file larger than the layout shows', async () => {
    const widths = await Promise.all(photos.map(async (p) => (await sharp(readFileSync(join(fixtureSite.content, p.src))).metadata()).width!));
    expect(Math.max(...widths), 'the fixture clinic needs a full-size phone photo').toBeGreaterThanOrEqual(6000);
    for (const path of ['/', '/contact/']) {
      const $ = page(path);
      const files = $('main picture').find('source, img').map((_, el) => ($(el).attr('srcset') ?? '').split(',').map((c) => c.trim().split(' ')[0]!)).get().filter(Boolean);
      expect(files.length, path).toBeGreaterThan(0);
      for (const url of new Set(files)) expect((await sharp(readFileSync(builtFile(url))).metadata()).width, `${path}: ${url}`).toBeLessThanOrEqual(1200);
    }
  });

  it('the contact page shows every photo of the place, in order, each with its words (none for a decorative one), lazily', () => {
    const shown = page('/contact/')('main img[data-photo="gallery"]');
    expect(shown.map((_, img) => page('/contact/')(img).attr('alt') ?? null).get()).toEqual(photos.map((p) => (p.decorative ? '' : p.alt)));
    expect(photos.some((p) => p.decorative), 'the fixture clinic needs a decorative photo').toBe(true);
    for (const img of shown.toArray()) {
      expect(page('/contact/')(img).attr('loading')).toBe('lazy');
      expect(formats('/contact/', page('/contact/')(img))).toEqual(['image/avif', 'image/webp']);
    }
  });

  it('the business is pictured by its photos (JPEGs the build made), and has its logo', async () => {
    const business = graphOf('/').find((node) => [node['@type']].flat().includes('MedicalBusiness'))!;
    const images = [business['image']].flat() as string[];
    expect(images.length).toBe(photos.length);
    for (const image of images) expect((await sharp(readFileSync(builtFile(image))).metadata()).format).toBe('jpeg');
    expect(fixtureSite.clinic.logo, 'the fixture clinic needs a logo').toBeTruthy();
    const logo = await sharp(readFileSync(builtFile(business['logo'] as string))).metadata();
    // A raster logo is given as a PNG, large enough for a result page (112 px at least).
    expect([logo.format, logo.width! >= 112]).toEqual(['png', true]);
  });

  it('the header shows the logo beside the name, with no words of its own', () => {
    const logo = page('/')('header img[data-logo]');
    expect(logo.length).toBe(1);
    expect(logo.attr('alt')).toBe('');
    expect(logo.closest('a').text().trim()).toBe(fixtureSite.clinic.name);
    expect(logo.closest('a').find('svg').length, 'the site’s own mark is gone').toBe(0);
  });

  it('a page with a photo shows it under its heading, loaded first', () => {
    const about = fixtureSite.entry<{ photo?: { alt: string } }>('pages', 'about').data.photo;
    expect(about, 'the fixture’s about page needs a photo').toBeTruthy();
    const img = page('/about/')('main img[data-photo="page"]');
    expect([img.attr('alt'), img.attr('loading'), img.attr('fetchpriority')]).toEqual([about!.alt, 'eager', 'high']);
  });
});

describe('a service’s photo', () => {
  const withImage = fixtureSite.ids('services').filter((id) => !id.includes('/') && fixtureSite.entry<{ image?: { alt: string } }>('services', id).data.image);

  it('is at the top of its page, loaded first, and the picture of its Service; on its card, lazily, above its name', () => {
    expect(withImage.length, 'the fixture clinic needs a service with a photo').toBeGreaterThan(0);
    for (const id of withImage) {
      const { alt } = fixtureSite.entry<{ image: { alt: string } }>('services', id).data.image;
      const path = `/services/${id}/`;
      const img = fixtureSite.page(path)('main img[data-photo="page"]');
      expect([img.attr('alt'), img.attr('loading'), img.attr('fetchpriority')], path).toEqual([alt, 'eager', 'high']);
      const service = graphOf(path).find((node) => node['@type'] === 'Service')!;
      expect(service['image'], path).toMatch(/\/_astro\/.+\.jpg$/);
      const list = fixtureSite.page('/services/');
      const card = list(`main article:has(a[href="${path}"])`);
      expect([card.find('img[data-photo="card"]').attr('alt'), card.find('img[data-photo="card"]').attr('loading')], `${id}'s card`).toEqual([alt, 'lazy']);
    }
    // A service without one shows none.
    const without = fixtureSite.ids('services').find((id) => !id.includes('/') && !withImage.includes(id))!;
    expect(fixtureSite.page(`/services/${without}/`)('main img[data-photo]').length).toBe(0);
  });

  it('a card without one, in a list with photos, keeps their space with the clinic’s mark: decorative, and fetched only where it is shown', () => {
    const list = fixtureSite.page('/services/');
    const without = fixtureSite.ids('services').filter((id) => !id.includes('/') && !withImage.includes(id));
    expect(without.length, 'the fixture clinic needs a service without a photo').toBeGreaterThan(0);
    for (const id of without) {
      const card = list(`main article:has(a[href="/services/${id}/"])`);
      expect(card.find('[data-photo-space]').length, `${id}'s card`).toBe(1);
      // The clinic's logo where it has one (the fixture's is a picture), else the site's mark, hidden from screen readers.
      const mark = card.find('[data-photo-space] img, [data-photo-space] svg');
      expect(mark.is('img') ? [mark.attr('alt'), mark.attr('loading')] : [mark.attr('aria-hidden')], `${id}'s mark`).toEqual(mark.is('img') ? ['', 'lazy'] : ['true']);
    }
    expect(list('main article:has(img[data-photo="card"]) [data-photo-space]').length).toBe(0);
  });
});

describe('published pictures', () => {
  it('carry no EXIF, XMP or IPTC: no camera, no position, though the photos they come from have them', async () => {
    const sources = picturesIn(fixtureSite.content);
    const withPosition = [];
    for (const file of sources) {
      const { exif } = await sharp(readFileSync(file)).metadata();
      if (exif && hasGpsPointer(exif)) withPosition.push(file);
    }
    expect(withPosition.length, 'the fixture clinic needs a photo with a GPS position for this test to mean anything').toBeGreaterThan(0);

    const published = picturesIn(fixtureSite.dist);
    expect(published.length).toBeGreaterThan(0);
    // Only what the image pipeline made is published, never a source file as it is.
    const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    const originals = new Map(sources.map((file) => [digest(file), file]));
    expect(published.filter((file) => originals.has(digest(file))).map((file) => `${file} is ${originals.get(digest(file))}`)).toEqual([]);
    for (const file of published) {
      const bytes = readFileSync(file);
      const { exif, xmp, iptc } = await sharp(bytes).metadata();
      expect({ exif: Boolean(exif), xmp: Boolean(xmp), iptc: Boolean(iptc) }, file).toEqual({ exif: false, xmp: false, iptc: false });
      expect(bytes.includes(Buffer.from('Exif\0\0')), file).toBe(false);
    }
  });
});
