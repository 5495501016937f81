/**
 * Booking deep links, built in one place for every booking button on the site.
 *
 * The clinic books through an external platform; a link that already has the
 * service (or the therapist) selected saves the reader two steps. Each platform
 * has its own URL shape; anything we do not know how to deep-link falls back to
 * the platform's root URL, which still works.
 */
import { en, type InterfaceStrings } from '../../i18n/en.ts';

export const BOOKING_PLATFORMS = ['jane', 'acuity', 'square', 'fresha', 'calendly', 'url'] as const;
export type BookingPlatform = (typeof BOOKING_PLATFORMS)[number];

export interface BookingConfig {
  platform: BookingPlatform;
  /** The clinic's booking home page on the platform, e.g. https://massagerx.janeapp.com/ */
  rootUrl: string;
  /** Jane's locations feature: the location's slug, booked under /locations/<slug>/book. */
  location?: string | undefined;
}

export interface BookingTarget {
  /** The platform's id for the service (Jane: discipline id; Acuity: appointment type; Square: service id; Calendly: event slug). */
  serviceRef?: string | undefined;
  /** The platform's id for one duration of the service (Jane: treatment id; Acuity: appointment type). */
  durationRef?: string | undefined;
  /** The platform's id for a therapist (Jane: staff member id; Acuity: calendar id). */
  therapistRef?: string | undefined;
  /** Query parameters (e.g. utm_*) to add. They always go before any `#` fragment. */
  query?: Record<string, string | undefined> | undefined;
}

/** Adds query parameters to a URL, keeping them before the fragment (Jane routes live in the hash). */
function withQuery(url: URL, query: BookingTarget['query']): URL {
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(key, value);
  }
  return url;
}

/** Joins a path segment onto the root URL's path without losing the root's own path. */
function appendPath(root: URL, ...segments: string[]): URL {
  const url = new URL(root);
  const base = url.pathname.replace(/\/+$/, '');
  url.pathname = [base, ...segments.map(encodeURIComponent)].join('/');
  return url;
}

/**
 * Whether the platform's links can select a therapist and a length together:
 * Jane (`#/staff_member/<s>/treatment/<t>`) and Acuity (`appointmentType` with
 * `calendarID`). Elsewhere a link selects the service and the reader picks the
 * therapist on the platform's page (docs/AUTHORING.md, "Booking links").
 */
export function platformCombinesTherapistAndLength(platform: BookingPlatform): boolean {
  return platform === 'jane' || platform === 'acuity';
}

/**
 * The booking URL for a service, one duration of it, a therapist, or a therapist and a duration.
 *
 * - Jane: `#/discipline/<service>/treatment/<duration>`, `#/staff_member/<therapist>`,
 *   `#/staff_member/<therapist>/treatment/<duration>`; with a location, under `/locations/<slug>/book`
 * - Acuity: `?appointmentType=<duration or service>`, `&calendarID=<therapist>`
 * - Square: `/services/<service>` (the therapist is chosen on Square's page)
 * - Calendly: `/<event slug>` (likewise)
 * - Fresha and plain URLs: the root URL
 *
 * Each link selects as much as its platform can: Jane opens the therapist's own
 * page (their treatments listed) when a length has no treatment id; Square and
 * Calendly cannot select a therapist, so they open the service, and the reader
 * picks the therapist there; a therapist alone on them opens the home page.
 */
export function buildBookingUrl(config: BookingConfig, target: BookingTarget = {}): string {
  let root: URL;
  try {
    root = new URL(config.rootUrl);
  } catch {
    throw new Error(`Booking rootUrl "${config.rootUrl}" is not an absolute URL (content/clinic.yaml, field booking.rootUrl).`);
  }
  const { serviceRef, durationRef, therapistRef, query } = target;

  switch (config.platform) {
    case 'jane': {
      const url = withQuery(config.location ? appendPath(root, 'locations', config.location, 'book') : new URL(root), query);
      if (therapistRef && durationRef) url.hash = `/staff_member/${encodeURIComponent(therapistRef)}/treatment/${encodeURIComponent(durationRef)}`;
      else if (therapistRef) url.hash = `/staff_member/${encodeURIComponent(therapistRef)}`;
      else if (serviceRef && durationRef) {
        url.hash = `/discipline/${encodeURIComponent(serviceRef)}/treatment/${encodeURIComponent(durationRef)}`;
      } else if (serviceRef) url.hash = `/discipline/${encodeURIComponent(serviceRef)}`;
      return url.toString();
    }
    case 'acuity': {
      const url = new URL(root);
      const appointmentType = durationRef ?? serviceRef;
      if (appointmentType) url.searchParams.set('appointmentType', appointmentType);
      if (therapistRef) url.searchParams.set('calendarID', therapistRef);
      return withQuery(url, query).toString();
    }
    case 'square': {
      const url = serviceRef ? appendPath(root, 'services', serviceRef) : new URL(root);
      return withQuery(url, query).toString();
    }
    case 'calendly': {
      const url = serviceRef ? appendPath(root, serviceRef) : new URL(root);
      return withQuery(url, query).toString();
    }
    case 'fresha':
    case 'url':
      return withQuery(new URL(root), query).toString();
    default: {
      const unknown: never = config.platform;
      throw new Error(`Unknown booking platform "${String(unknown)}" (content/clinic.yaml, field booking.platform); expected one of ${BOOKING_PLATFORMS.join(', ')}.`);
    }
  }
}

/** Whether a platform can select a service from a reference, so that services need one. */
export function platformNeedsServiceRef(platform: BookingPlatform): boolean {
  return platform === 'jane' || platform === 'acuity' || platform === 'square' || platform === 'calendly';
}

/** Where a booking link was clicked from, carried to the platform as utm_* parameters. */
export interface BookingContext {
  /** article-end, inline, service, header, therapist, hub… */
  placement: string;
  /** The article the link stands in, if any. */
  article?: string | undefined;
}

export function trackingQuery(context: BookingContext | undefined): Record<string, string | undefined> | undefined {
  if (!context) return undefined;
  return { utm_source: 'website', utm_medium: context.placement, utm_content: context.article };
}

export interface BookableService {
  /** Optional where the platform cannot select a service (Fresha, plain URLs). */
  bookingRef?: string | undefined;
  durations: Array<{ minutes: number; price: number; bookingRef?: string | undefined }>;
}

export interface ServiceBookingLinks {
  /** The service with no length chosen yet. */
  service: string;
  /** One link per length, in the order the service lists them. */
  durations: Array<{ minutes: number; price: number; url: string }>;
}

/** Booking links for a service and each of its lengths, with one therapist when given. */
export function serviceBookingLinks(config: BookingConfig, service: BookableService, context?: BookingContext, therapistRef?: string): ServiceBookingLinks {
  const query = trackingQuery(context);
  return {
    service: buildBookingUrl(config, { serviceRef: service.bookingRef, therapistRef, query }),
    durations: service.durations.map((d) => ({
      minutes: d.minutes,
      price: d.price,
      url: buildBookingUrl(config, { serviceRef: service.bookingRef, durationRef: d.bookingRef, therapistRef, query }),
    })),
  };
}

/** "Book a therapeutic massage": specific labels tell readers (and screen-reader link lists) what the button does. */
export function bookingLabel(serviceTitle: string, minutes?: number, strings: Pick<InterfaceStrings, 'booking'> = en): string {
  const name = serviceTitle.toLowerCase();
  if (minutes !== undefined) return `${strings.booking.book}${strings.booking.bookServiceLength(name, minutes)}`;
  return strings.booking.bookService(name);
}
