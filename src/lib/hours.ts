/**
 * Opening hours: the clinic entry lists them as ranges of days; the footer shows
 * them grouped ("Mon–Thu"), the contact page as one row per day of the week.
 */

import { calendarDateAt } from './dates.ts';

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const WEEKDAY_NAMES: Record<Weekday, string> = {
  Mon: 'Monday',
  Tue: 'Tuesday',
  Wed: 'Wednesday',
  Thu: 'Thursday',
  Fri: 'Friday',
  Sat: 'Saturday',
  Sun: 'Sunday',
};

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
  dayName: string;
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
export function formatTime(time: string): string {
  const total = minutesOfDay(time);
  const hours24 = Math.floor(total / 60);
  const minutes = String(total % 60).padStart(2, '0');
  const suffix = hours24 < 12 ? 'a.m.' : 'p.m.';
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  return `${hours12}:${minutes} ${suffix}`;
}

/** One row per weekday, Monday first; days no range mentions are closed. */
export function hoursByDay(hours: OpeningHours[]): DayHours[] {
  return WEEKDAYS.map((day) => {
    const range = hours.find((h) => h.days.includes(day));
    return { day, dayName: WEEKDAY_NAMES[day], opens: range?.opens ?? null, closes: range?.closes ?? null };
  });
}

/** Consecutive days with the same hours, merged: the compact form for footers and cards. */
export function groupHours(hours: OpeningHours[]): HoursGroup[] {
  const groups: Array<{ days: DayHours[] }> = [];
  for (const day of hoursByDay(hours)) {
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
      label: single ? first.day : `${first.day}–${lastDay.day}`,
      longLabel: single ? first.dayName : `${first.dayName} to ${lastDay.dayName}`,
      opens: first.opens,
      closes: first.closes,
    };
  });
}

/** "9:00 a.m. – 8:00 p.m." or "Closed". */
export function formatRange(opens: string | null, closes: string | null): string {
  return opens && closes ? `${formatTime(opens)} – ${formatTime(closes)}` : 'Closed';
}
