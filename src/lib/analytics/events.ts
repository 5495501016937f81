/**
 * A click on a booking link, as the clinic's counts record it: one "Book" event with
 * where on the site it was clicked and, in an article, which one. Never the therapist,
 * the treatment or the booking address: the counts say which pages bring bookings,
 * not who booked what.
 */

/** Where a booking link was, as the counts name it (from its data-placement). */
const PLACEMENTS: Record<string, string> = {
  'article-end': 'article',
  inline: 'article',
  service: 'service',
  therapist: 'therapist',
  hub: 'hub',
  header: 'header',
  menu: 'header',
  'mobile-bar': 'mobile bar',
  'home-hero': 'home',
  location: 'location',
};

export interface BookEvent {
  name: 'Book';
  props: { placement: string; article?: string };
}

/** The event for a booking link's data attributes (data-placement, data-article). */
export function bookEvent(link: { placement?: string | undefined; article?: string | undefined }): BookEvent {
  const placement = PLACEMENTS[link.placement ?? ''] ?? 'other';
  return { name: 'Book', props: { placement, ...(link.article ? { article: link.article } : {}) } };
}
