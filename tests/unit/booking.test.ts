import { describe, expect, it } from 'vitest';
import {
  BOOKING_PLATFORMS,
  bookingLabel,
  buildBookingUrl,
  platformCombinesTherapistAndLength,
  serviceBookingLinks,
  trackingQuery,
  type BookingConfig,
} from '../../src/lib/booking/platforms';

const jane: BookingConfig = { platform: 'jane', rootUrl: 'https://clinic.janeapp.com/' };
const acuity: BookingConfig = { platform: 'acuity', rootUrl: 'https://clinic.as.me/schedule.php' };
const square: BookingConfig = { platform: 'square', rootUrl: 'https://book.squareup.example/appointments/abc/location/xyz' };
const calendly: BookingConfig = { platform: 'calendly', rootUrl: 'https://calendly.example/massagerx' };
const plain: BookingConfig = { platform: 'url', rootUrl: 'https://booking.example/massage-rx?ref=site' };

describe('buildBookingUrl: Jane', () => {
  it('links to the root when nothing is selected', () => {
    expect(buildBookingUrl(jane)).toBe('https://clinic.janeapp.com/');
  });
  it('selects a discipline and treatment in the hash route', () => {
    expect(buildBookingUrl(jane, { serviceRef: '1', durationRef: '13' })).toBe('https://clinic.janeapp.com/#/discipline/1/treatment/13');
  });
  it('selects only the discipline when no length is chosen', () => {
    expect(buildBookingUrl(jane, { serviceRef: '1' })).toBe('https://clinic.janeapp.com/#/discipline/1');
  });
  it('selects a staff member', () => {
    expect(buildBookingUrl(jane, { therapistRef: '101' })).toBe('https://clinic.janeapp.com/#/staff_member/101');
  });
  it('puts query parameters before the #, never inside the hash route', () => {
    const url = buildBookingUrl(jane, { serviceRef: '1', durationRef: '13', query: { utm_source: 'website', utm_medium: 'article-end' } });
    expect(url).toBe('https://clinic.janeapp.com/?utm_source=website&utm_medium=article-end#/discipline/1/treatment/13');
    expect(url.indexOf('?')).toBeLessThan(url.indexOf('#'));
    expect(new URL(url).hash).toBe('#/discipline/1/treatment/13');
  });
  it('selects a staff member and one of their treatments together', () => {
    expect(buildBookingUrl(jane, { serviceRef: '1', durationRef: '13', therapistRef: '101' })).toBe('https://clinic.janeapp.com/#/staff_member/101/treatment/13');
  });
  it('opens the staff member’s page when a length has no treatment id', () => {
    expect(buildBookingUrl(jane, { serviceRef: '1', therapistRef: '101' })).toBe('https://clinic.janeapp.com/#/staff_member/101');
  });
  it('books under a location’s path when the clinic uses Jane’s locations, tracking before the #', () => {
    const located: BookingConfig = { ...jane, location: 'harbour-front' };
    expect(buildBookingUrl(located)).toBe('https://clinic.janeapp.com/locations/harbour-front/book');
    expect(buildBookingUrl(located, { serviceRef: '1', durationRef: '13', query: { utm_source: 'website' } })).toBe(
      'https://clinic.janeapp.com/locations/harbour-front/book?utm_source=website#/discipline/1/treatment/13',
    );
    expect(buildBookingUrl(located, { therapistRef: '101', durationRef: '13' })).toBe('https://clinic.janeapp.com/locations/harbour-front/book#/staff_member/101/treatment/13');
    expect(buildBookingUrl({ ...located, location: 'a b/c' })).toBe('https://clinic.janeapp.com/locations/a%20b%2Fc/book');
  });
  it('escapes ids so that they cannot break out of the route', () => {
    expect(buildBookingUrl(jane, { serviceRef: 'a/b', durationRef: '1?x' })).toBe('https://clinic.janeapp.com/#/discipline/a%2Fb/treatment/1%3Fx');
  });
});

describe('buildBookingUrl: Acuity', () => {
  it('selects the appointment type of the length, else of the service', () => {
    expect(buildBookingUrl(acuity, { serviceRef: '500', durationRef: '501' })).toBe('https://clinic.as.me/schedule.php?appointmentType=501');
    expect(buildBookingUrl(acuity, { serviceRef: '500' })).toBe('https://clinic.as.me/schedule.php?appointmentType=500');
  });
  it('selects a length’s appointment type on a therapist’s calendar together', () => {
    expect(buildBookingUrl(acuity, { serviceRef: '500', durationRef: '501', therapistRef: '7' })).toBe('https://clinic.as.me/schedule.php?appointmentType=501&calendarID=7');
  });
  it('selects a calendar for a therapist and keeps tracking parameters', () => {
    expect(buildBookingUrl(acuity, { therapistRef: '7', query: { utm_source: 'website' } })).toBe('https://clinic.as.me/schedule.php?calendarID=7&utm_source=website');
  });
});

describe('buildBookingUrl: Square, Calendly, Fresha and plain URLs', () => {
  it('appends /services/<id> to the Square root path', () => {
    expect(buildBookingUrl(square, { serviceRef: 'SQ1' })).toBe('https://book.squareup.example/appointments/abc/location/xyz/services/SQ1');
  });
  it('appends the event slug for Calendly', () => {
    expect(buildBookingUrl(calendly, { serviceRef: '60min' })).toBe('https://calendly.example/massagerx/60min');
  });
  it('cannot select a therapist on Square or Calendly: the service is kept, and a therapist alone opens the home page', () => {
    expect(buildBookingUrl(square, { serviceRef: 'SQ1', durationRef: 'x', therapistRef: 'T1' })).toBe('https://book.squareup.example/appointments/abc/location/xyz/services/SQ1');
    expect(buildBookingUrl(square, { therapistRef: 'T1' })).toBe(square.rootUrl);
    expect(buildBookingUrl(calendly, { serviceRef: '60min', therapistRef: 'T1' })).toBe('https://calendly.example/massagerx/60min');
    expect(buildBookingUrl(calendly, { therapistRef: 'T1' })).toBe(calendly.rootUrl);
  });
  it('uses the root for Fresha and plain URLs, keeping their own query', () => {
    expect(buildBookingUrl({ platform: 'fresha', rootUrl: 'https://fresha.example/a/massage-rx' }, { serviceRef: 'x' })).toBe('https://fresha.example/a/massage-rx');
    expect(buildBookingUrl(plain, { serviceRef: 'x', query: { utm_source: 'website' } })).toBe('https://booking.example/massage-rx?ref=site&utm_source=website');
  });
  it('drops empty tracking values', () => {
    expect(buildBookingUrl(plain, { query: { utm_source: 'website', utm_content: undefined } })).toBe('https://booking.example/massage-rx?ref=site&utm_source=website');
  });
});

describe('buildBookingUrl: bad configuration', () => {
  it('names the field when the root URL is not absolute', () => {
    expect(() => buildBookingUrl({ platform: 'jane', rootUrl: 'clinic.janeapp.com' })).toThrow(/booking\.rootUrl/);
  });
  it('names the field for an unknown platform', () => {
    expect(() => buildBookingUrl({ platform: 'mindbody' as never, rootUrl: 'https://x.example/' })).toThrow(/booking\.platform.*jane, acuity/);
  });
});

describe('serviceBookingLinks', () => {
  it('builds one link per length with tracking from the placement and article', () => {
    const links = serviceBookingLinks(
      jane,
      { bookingRef: '1', durations: [{ minutes: 30, price: 75, bookingRef: '11' }, { minutes: 60, price: 125 }] },
      { placement: 'article-end', article: 'hip-balance' },
    );
    expect(links.service).toBe('https://clinic.janeapp.com/?utm_source=website&utm_medium=article-end&utm_content=hip-balance#/discipline/1');
    expect(links.durations).toEqual([
      { minutes: 30, price: 75, url: 'https://clinic.janeapp.com/?utm_source=website&utm_medium=article-end&utm_content=hip-balance#/discipline/1/treatment/11' },
      { minutes: 60, price: 125, url: 'https://clinic.janeapp.com/?utm_source=website&utm_medium=article-end&utm_content=hip-balance#/discipline/1' },
    ]);
  });
  it('adds no tracking without a context', () => {
    expect(trackingQuery(undefined)).toBeUndefined();
    expect(serviceBookingLinks(jane, { bookingRef: '2', durations: [] }).service).toBe('https://clinic.janeapp.com/#/discipline/2');
  });
});

describe('a therapist and a length together, on every platform', () => {
  const service = { bookingRef: 'S', durations: [{ minutes: 60, price: 125, bookingRef: 'D60' }] };
  const configs: Record<(typeof BOOKING_PLATFORMS)[number], BookingConfig> = {
    jane,
    acuity,
    square,
    calendly,
    fresha: { platform: 'fresha', rootUrl: 'https://fresha.example/a/massage-rx' },
    url: plain,
  };
  it.each(BOOKING_PLATFORMS)('%s: the length’s link names the therapist exactly when the platform can combine them', (platform) => {
    const url = serviceBookingLinks(configs[platform], service, undefined, 'T7').durations[0]!.url;
    expect(url.includes('T7'), url).toBe(platformCombinesTherapistAndLength(platform));
    if (platformCombinesTherapistAndLength(platform)) expect(url).toContain('D60');
    else expect(url).toBe(buildBookingUrl(configs[platform], { serviceRef: 'S', durationRef: 'D60' }));
  });
});

describe('bookingLabel', () => {
  it('names the service, with the right article', () => {
    expect(bookingLabel('Therapeutic Massage')).toBe('Book a therapeutic massage');
    expect(bookingLabel('Infant Massage Class')).toBe('Book an infant massage class');
    expect(bookingLabel('Deep Tissue Massage', 90)).toBe('Book a 90-minute deep tissue massage');
  });
});
