/**
 * From content entries to the plain facts that src/lib/ builders take, so that
 * the builders stay pure and know nothing of content collections.
 */
import type { Clinic, TherapistEntry } from './site';
import type { ClinicFacts, TherapistFacts } from '../lib/structured-data';
import { upcomingSpecialHours } from '../lib/hours';
import { absoluteUrl, paths } from '../lib/urls';

/** The site origin with a trailing slash. */
export function siteRoot(site: URL | string): string {
  return new URL('/', site).toString();
}

/** `now` is the moment the build publishes for (Site.now): holiday hours before its day are past. */
export function clinicFacts(clinic: Clinic, site: URL | string, now: Date): ClinicFacts {
  const root = siteRoot(site);
  return {
    name: clinic.name,
    legalName: clinic.legalName,
    description: clinic.description,
    site: root,
    phone: clinic.phone,
    email: clinic.email,
    address: clinic.address,
    geo: clinic.geo,
    hours: clinic.hours,
    specialHours: upcomingSpecialHours(clinic.specialHours, now, clinic.timeZone),
    priceRange: clinic.priceRange,
    currency: clinic.currency,
    payment: clinic.payment,
    mapUrl: clinic.mapUrl,
    sameAs: [...clinic.social.map((s) => s.url), ...(clinic.businessProfileUrl ? [clinic.businessProfileUrl] : [])],
    logoUrl: absoluteUrl('/favicon.svg', root),
    imageUrl: absoluteUrl(paths.ogImage(), root),
  };
}

export function therapistFacts(therapist: TherapistEntry, site: URL | string): TherapistFacts {
  const { data } = therapist;
  return {
    profileUrl: absoluteUrl(paths.therapist(therapist.id), site),
    name: data.name,
    credentials: data.credentials,
    role: data.role,
    registration: data.registration,
    languages: data.languages,
    focus: data.focus,
  };
}
