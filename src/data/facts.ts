/**
 * From content entries to the plain facts that src/lib/ builders take, so that
 * the builders stay pure and know nothing of content collections.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import type { Clinic, Location, TherapistEntry } from './site';
import { locationNode, type BrandFacts, type ClinicFacts, type LocationFacts, type Node, type TherapistFacts } from '../lib/seo/structured-data';
import { upcomingSpecialHours } from '../lib/time/hours';
import type { Photo } from '../lib/clinic/locations';
import type { InterfaceStrings } from '../lib/i18n/languages';
import { absoluteUrl, paths } from '../lib/routes/urls';

/** The site origin with a trailing slash. */
export function siteRoot(site: URL | string): string {
  return new URL('/', site).toString();
}

/** The clinic's logo as search engines are given it: a raster one as a PNG at most this wide (transparency kept). */
export const LOGO_SIZE = 512;
/** The width a photo is given to search engines at: large enough for any result's picture. */
export const SHARED_PHOTO_WIDTH = 1200;

/**
 * What a picture of the content is (its format, width and height), read without publishing it:
 * reading a property of Astro's image metadata marks the original file as used, and the build
 * then publishes it as it is, EXIF and GPS position included. Astro reads it through the same
 * hidden copy (astro/dist/assets/internal.js).
 */
export function pictureFacts(image: ImageMetadata): Pick<ImageMetadata, 'format' | 'width' | 'height'> {
  const { format, width, height } = (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
  return { format, width, height };
}

/** A photo as search engines are given it: a JPEG, made once by the image pipeline. */
export async function sharedPhotoUrl(photo: Photo, root: URL | string): Promise<string> {
  const image = await getImage({ src: photo.src, width: Math.min(SHARED_PHOTO_WIDTH, pictureFacts(photo.src).width), format: 'jpg' });
  return absoluteUrl(image.src, root);
}

/** The clinic's mark: an SVG as it is (search engines read SVG), a raster one as a PNG; the site's own mark until it has one. */
async function logoUrl(logo: Clinic['logo'], root: string): Promise<string> {
  if (!logo) return absoluteUrl('/favicon.svg', root);
  const { format, width } = pictureFacts(logo);
  const image = await getImage(format === 'svg' ? { src: logo, format: 'svg' } : { src: logo, width: Math.min(LOGO_SIZE, width), format: 'png' });
  return absoluteUrl(image.src, root);
}

/** Photos of a place, else (no photo yet) the site's sharing card. */
async function placeImageUrls(photos: readonly Photo[], root: string): Promise<string[]> {
  return photos.length > 0 ? Promise.all(photos.map((photo) => sharedPhotoUrl(photo, root))) : [absoluteUrl(paths.ogImage(), root)];
}

/** The clinic as an organisation, whatever its places: pictured by each place's first photo. */
export async function brandFacts(clinic: Clinic, locations: readonly Location[], site: URL | string): Promise<BrandFacts> {
  const root = siteRoot(site);
  return {
    name: clinic.name,
    legalName: clinic.legalName,
    description: clinic.description,
    site: root,
    phone: clinic.phone,
    email: clinic.email,
    priceRange: clinic.priceRange,
    currency: clinic.currency,
    payment: clinic.payment,
    sameAs: clinic.social.map((s) => s.url),
    logoUrl: await logoUrl(clinic.logo, root),
    imageUrls: await placeImageUrls(locations.flatMap((l) => l.photos.slice(0, 1)), root),
  };
}

/**
 * The clinic as a business at one place: with one location, the clinic itself.
 * `now` is the moment the build publishes for (Site.now): holiday hours before its day are past.
 */
export async function clinicFacts(clinic: Clinic, location: Location, site: URL | string, now: Date): Promise<ClinicFacts> {
  const brand = await brandFacts(clinic, [location], site);
  return {
    ...brand,
    imageUrls: await placeImageUrls(location.photos, brand.site),
    address: location.address,
    geo: location.geo,
    hours: location.hours,
    specialHours: upcomingSpecialHours(location.specialHours, now, clinic.timeZone),
    mapUrl: location.mapUrl,
    sameAs: [...brand.sameAs, ...(location.businessProfileUrl ? [location.businessProfileUrl] : [])],
  };
}

/** One location of a clinic with several, as structured data gives it. */
export async function locationFacts(clinic: Clinic, location: Location, site: URL | string, now: Date): Promise<LocationFacts> {
  return {
    imageUrls: await placeImageUrls(location.photos, siteRoot(site)),
    url: absoluteUrl(paths.location(location.id), siteRoot(site)),
    name: location.name,
    phone: location.phone,
    email: location.email,
    address: location.address,
    geo: location.geo,
    hours: location.hours,
    specialHours: upcomingSpecialHours(location.specialHours, now, clinic.timeZone),
    mapUrl: location.mapUrl,
    sameAs: location.businessProfileUrl ? [location.businessProfileUrl] : [],
  };
}

/** The locations' business nodes (pages that show them: home, contact, each location's own). */
export async function locationNodes(clinic: Clinic, locations: Location[], site: URL | string, now: Date): Promise<Node[]> {
  const brand = await brandFacts(clinic, locations, site);
  return Promise.all(locations.filter((l) => l.hasOwnPage).map(async (l) => locationNode(await locationFacts(clinic, l, site, now), brand)));
}

/** The size of a therapist's photo for search engines and sharing: square, large enough for any result page's card. */
export const PERSON_IMAGE_SIZE = 512;

/**
 * A therapist as one Person wherever they appear (their profile, a service's providers, an
 * article's author or reviewer), with their photo where they have one: a square JPEG made
 * once by the image pipeline and shared by every page that names them.
 */
export async function therapistFacts(therapist: TherapistEntry, site: URL | string, t: InterfaceStrings): Promise<TherapistFacts> {
  const { data } = therapist;
  const photo = data.photo && (await getImage({ src: data.photo.src, width: PERSON_IMAGE_SIZE, height: PERSON_IMAGE_SIZE, fit: 'cover', format: 'jpg' }));
  return {
    ...(photo ? { imageUrl: absoluteUrl(photo.src, site) } : {}),
    profileUrl: absoluteUrl(paths.therapist(therapist.id), site),
    name: data.name,
    credentials: data.credentials,
    role: data.role,
    registration: data.registration,
    credential: { category: t.structuredData.credentialCategory, name: t.structuredData.credentialName(data.credentials, data.registration.number) },
    languages: data.languages,
    focus: data.focus,
  };
}
