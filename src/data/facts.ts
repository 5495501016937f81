/**
 * From content entries to the plain facts that src/lib/ builders take, so that
 * the builders stay pure and know nothing of content collections.
 */
import { getImage } from 'astro:assets';
import type { Clinic, Location, TherapistEntry } from './site';
import { locationNode, type BrandFacts, type ClinicFacts, type LocationFacts, type Node, type TherapistFacts } from '../lib/seo/structured-data';
import { upcomingSpecialHours } from '../lib/time/hours';
import type { InterfaceStrings } from '../lib/i18n/languages';
import { absoluteUrl, paths } from '../lib/routes/urls';

/** The site origin with a trailing slash. */
export function siteRoot(site: URL | string): string {
  return new URL('/', site).toString();
}

/** The clinic as an organisation, whatever its places. */
export function brandFacts(clinic: Clinic, site: URL | string): BrandFacts {
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
    logoUrl: absoluteUrl('/favicon.svg', root),
    imageUrl: absoluteUrl(paths.ogImage(), root),
  };
}

/**
 * The clinic as a business at one place: with one location, the clinic itself.
 * `now` is the moment the build publishes for (Site.now): holiday hours before its day are past.
 */
export function clinicFacts(clinic: Clinic, location: Location, site: URL | string, now: Date): ClinicFacts {
  const brand = brandFacts(clinic, site);
  return {
    ...brand,
    address: location.address,
    geo: location.geo,
    hours: location.hours,
    specialHours: upcomingSpecialHours(location.specialHours, now, clinic.timeZone),
    mapUrl: location.mapUrl,
    sameAs: [...brand.sameAs, ...(location.businessProfileUrl ? [location.businessProfileUrl] : [])],
  };
}

/** One location of a clinic with several, as structured data gives it. */
export function locationFacts(clinic: Clinic, location: Location, site: URL | string, now: Date): LocationFacts {
  return {
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
export function locationNodes(clinic: Clinic, locations: Location[], site: URL | string, now: Date): Node[] {
  const brand = brandFacts(clinic, site);
  return locations.filter((l) => l.hasOwnPage).map((l) => locationNode(locationFacts(clinic, l, site, now), brand));
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
