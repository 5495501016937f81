/**
 * Dates. Content dates are calendar dates, written YYYY-MM-DD and held as
 * midnight UTC of that day. Anything the site publishes about a moment (the page,
 * JSON-LD, Open Graph, sitemap, RSS) reads a calendar date as the start of that
 * day in the clinic's time zone, so every output names the same instant.
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

const offsetMinutes = (offset: string) => (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));

const inZone = new Map<string, string>();

/** "2026-11-20" (midnight UTC) → "2026-11-20T00:00:00-08:00" in America/Vancouver. */
export function calendarDateInZone(date: Date, timeZone: string): string {
  const day = date.toISOString().slice(0, 10);
  // Every page asks for the same few dates: each is worked out once.
  const key = `${timeZone} ${day}`;
  const known = inZone.get(key);
  if (known) return known;
  const midnightUtc = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  // The offset in force at local midnight: guess it from UTC midnight, then check it at the moment it
  // names (twice is enough). On the days clocks change, the offset at midnight differs from midday's.
  let offset = utcOffset(timeZone, new Date(midnightUtc));
  for (let i = 0; i < 2; i++) offset = utcOffset(timeZone, new Date(midnightUtc - offsetMinutes(offset) * 60_000));
  const result = `${day}T00:00:00${offset}`;
  inZone.set(key, result);
  return result;
}

/** The instant a calendar date begins in the clinic's time zone (for feeds that want a Date). */
export function startOfDayInZone(date: Date, timeZone: string): Date {
  return new Date(calendarDateInZone(date, timeZone));
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date ("2026-11-27") it is in a time zone at a moment. */
export function calendarDateAt(at: Date, timeZone: string): string {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    // en-CA formats dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter.format(at);
}

/** The newest of some dates, or undefined when there are none. */
export function newest(dates: Array<Date | undefined>): Date | undefined {
  let latest: Date | undefined;
  for (const date of dates) if (date && (!latest || date > latest)) latest = date;
  return latest;
}

export type CalendarDateResult = { ok: true; date: Date } | { ok: false; problem: string };

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date as staff write it in content: YYYY-MM-DD, nothing else. YAML reads an
 * unquoted 2026-11-20 as a date (kept) and 2026 as a number (refused: it would
 * become 1 January 1970); "11/12/2026" is refused because it reads two ways.
 * `problem` finishes the sentence "<field> …".
 */
export function parseCalendarDate(value: unknown): CalendarDateResult {
  const usage = 'must be a date written like 2026-11-20';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, problem: `${usage} (year-month-day)` };
    // YAML turns 2026-11-20 into midnight UTC; a time of day means a date-time was written.
    if (value.getUTCHours() || value.getUTCMinutes() || value.getUTCSeconds() || value.getUTCMilliseconds()) {
      return { ok: false, problem: `${usage}: the day only, without a time` };
    }
    return { ok: true, date: value };
  }
  if (typeof value === 'number') {
    return { ok: false, problem: `${usage} (year-month-day); ${value} alone is read as a number, not a date` };
  }
  if (typeof value === 'string') {
    const match = CALENDAR_DATE.exec(value.trim());
    if (!match) {
      const hint = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(value.trim()) ? `; "${value}" could mean two different days` : '';
      return { ok: false, problem: `${usage} (year-month-day)${hint}` };
    }
    const [, y, m, d] = match;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
      return { ok: false, problem: `${usage}: ${value} is not a day of the calendar` };
    }
    return { ok: true, date };
  }
  return { ok: false, problem: `${usage} (year-month-day)` };
}
