/**
 * Dates for machines. Content dates are calendar dates (YAML `2026-11-20` loads
 * as midnight UTC); structured data and feeds want a moment with a time zone, so
 * a calendar date is read as the start of that day in the clinic's time zone.
 */

/** The UTC offset of a time zone at a moment, as "+HH:MM" or "-HH:MM". */
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

export function utcOffset(timeZone: string, at: Date): string {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, formatter);
  }
  const name = formatter
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  // "GMT-07:00", or "GMT" for UTC itself
  const match = /GMT([+-]\d{2}:\d{2})?/.exec(name ?? '');
  if (!match) throw new Error(`Unknown time zone "${timeZone}"`);
  return match[1] ?? '+00:00';
}

/** "2026-11-20" (midnight UTC) → "2026-11-20T00:00:00-08:00" in America/Vancouver. */
export function calendarDateInZone(date: Date, timeZone: string): string {
  const day = date.toISOString().slice(0, 10);
  // The offset in force at that local midnight: try the offset at noon UTC of that day (never ambiguous for midnight).
  const offset = utcOffset(timeZone, new Date(`${day}T12:00:00Z`));
  return `${day}T00:00:00${offset}`;
}

/** The newest of some dates, or undefined when there are none. */
export function newest(dates: Array<Date | undefined>): Date | undefined {
  let latest: Date | undefined;
  for (const date of dates) if (date && (!latest || date > latest)) latest = date;
  return latest;
}
