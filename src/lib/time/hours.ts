/**
 * Opening hours: the clinic entry lists them as ranges of days; the footer shows
 * them grouped ("Mon–Thu"), the contact page as one row per day of the week.
 */

import { en, type InterfaceStrings } from '../../i18n/en.ts';
import { calendarDateAt } from './dates.ts';

/** The words of hours in the page's language (src/i18n/); English by default. */
export type HoursWords = InterfaceStrings['hours'];

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];


export interface OpeningHours {
  days: Weekday[];
  /** 24-hour "HH:MM" local time. */
  opens: string;
  closes: string;
}

/** A day whose hours differ from the week's: a holiday closure or changed hours. */
export interface SpecialHours {
  /** The calendar day, as a date at midnight UTC (how content dates are read). */
  date: Date;
  closed: boolean;
  opens?: string | undefined;
  closes?: string | undefined;
  note?: string | undefined;
}

/**
 * The special days from today on (today in the clinic's zone at `now`), soonest
 * first: what the contact page lists and what structured data announces, so
 * that the two always agree. Past days are history, shown nowhere.
 */
export function upcomingSpecialHours<S extends SpecialHours>(special: readonly S[], now: Date, timeZone: string, today = calendarDateAt(now, timeZone)): S[] {
  return special.filter((s) => s.date.toISOString().slice(0, 10) >= today).sort((a, b) => a.date.getTime() - b.date.getTime());
}

export interface DayHours {
  day: Weekday;
  /** "Monday", in the page's language. */
  dayName: string;
  /** "Mon", in the page's language. */
  dayShort: string;
  /** null when closed all day. */
  opens: string | null;
  closes: string | null;
}

export interface HoursGroup {
  /** "Mon–Thu", "Fri", "Sun". */
  label: string;
  /** "Monday to Thursday": for screen readers and full sentences. */
  longLabel: string;
  opens: string | null;
  closes: string | null;
}

/** "HH:MM" → minutes since midnight. */
export function minutesOfDay(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`"${time}" is not a 24-hour time like 09:00 or 17:30`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** "09:00" → "9:00 a.m.", "20:00" → "8:00 p.m.", "12:00" → "12:00 p.m." (Canadian style). */
export function formatTime(time: string, words: HoursWords = en.hours): string {
  const total = minutesOfDay(time);
  return words.time(Math.floor(total / 60), total % 60);
}

/** One row per weekday, Monday first; days no range mentions are closed. */
export function hoursByDay(hours: OpeningHours[], words: HoursWords = en.hours): DayHours[] {
  return WEEKDAYS.map((day, index) => {
    const range = hours.find((h) => h.days.includes(day));
    return { day, dayName: words.days[index]!, dayShort: words.daysShort[index]!, opens: range?.opens ?? null, closes: range?.closes ?? null };
  });
}

/** Consecutive days with the same hours, merged: the compact form for footers and cards. */
export function groupHours(hours: OpeningHours[], words: HoursWords = en.hours): HoursGroup[] {
  const groups: Array<{ days: DayHours[] }> = [];
  for (const day of hoursByDay(hours, words)) {
    const last = groups.at(-1);
    const previous = last?.days.at(-1);
    if (last && previous && previous.opens === day.opens && previous.closes === day.closes) last.days.push(day);
    else groups.push({ days: [day] });
  }
  return groups.map(({ days }) => {
    const first = days[0]!;
    const lastDay = days.at(-1)!;
    const single = days.length === 1;
    return {
      label: single ? first.dayShort : `${first.dayShort}–${lastDay.dayShort}`,
      longLabel: single ? first.dayName : words.dayRange(first.dayName, lastDay.dayName),
      opens: first.opens,
      closes: first.closes,
    };
  });
}

/** "9:00 a.m. – 8:00 p.m." or "Closed". */
export function formatRange(opens: string | null, closes: string | null, words: HoursWords = en.hours): string {
  return opens && closes ? words.range(formatTime(opens, words), formatTime(closes, words)) : words.closed;
}
