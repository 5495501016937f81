/**
 * The booking box as a block of the browser editor: staff insert it from the
 * editor's menu by choosing a service from those that exist, and it is written
 * as the one line articles use, `<BookingCTA service="…" />`, read back the same.
 */
/** The block's id in the editor's configuration (a rich text field's editor_components). */
export const BOOKING_BLOCK_ID = 'booking-cta';

/** The line an article holds for a booking box. */
export const bookingLine = (service: string) => `<BookingCTA service="${service}" />`;

/** A booking box line in an article's text (on a line of its own, as the editor writes it). */
export const BOOKING_LINE = /^<BookingCTA\s+service="([^"]*)"\s*\/>$/m;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The editor component definition (Sveltia CMS's registerEditorComponent). */
export const bookingBlock = {
  id: BOOKING_BLOCK_ID,
  label: 'Booking box',
  icon: 'event_available',
  fields: [
    {
      name: 'service',
      label: 'Service',
      widget: 'relation',
      collection: 'services',
      value_field: '{{slug}}',
      display_fields: ['title'],
      search_fields: ['title'],
      hint: 'The service to book: the box shows its lengths and prices, each a button to book it.',
    },
  ],
  pattern: BOOKING_LINE,
  fromBlock: (match: RegExpMatchArray) => ({ service: match[1] ?? '' }),
  toBlock: (props: Record<string, unknown>) => bookingLine(String(props['service'] ?? '')),
  toPreview: (props: Record<string, unknown>) => `<p><strong>Booking box</strong>: ${escape(String(props['service'] ?? 'choose a service'))}</p>`,
};
