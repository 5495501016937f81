import { describe, expect, it } from 'vitest';
import { calendarDateAt, calendarDateInZone, newest, parseCalendarDate, startOfDayInZone, utcOffset } from '../../src/lib/time/dates';

describe('utcOffset', () => {
  it('knows the offset of a zone in summer and winter', () => {
    expect(utcOffset('America/Toronto', new Date('2026-07-01T12:00:00Z'))).toBe('-04:00');
    expect(utcOffset('America/Toronto', new Date('2026-12-01T12:00:00Z'))).toBe('-05:00');
    expect(utcOffset('UTC', new Date('2026-12-01T12:00:00Z'))).toBe('+00:00');
    expect(utcOffset('Asia/Kolkata', new Date('2026-12-01T12:00:00Z'))).toBe('+05:30');
  });
  it('rejects an unknown zone', () => {
    expect(() => utcOffset('Mars/Olympus', new Date())).toThrow();
  });
});

describe('calendarDateInZone', () => {
  it('reads a calendar date as the start of that day in the clinic’s zone', () => {
    expect(calendarDateInZone(new Date('2026-10-06'), 'America/Vancouver')).toBe('2026-10-06T00:00:00-07:00');
    expect(calendarDateInZone(new Date('2026-11-20'), 'America/Toronto')).toBe('2026-11-20T00:00:00-05:00');
    expect(calendarDateInZone(new Date('2026-12-01'), 'Asia/Kolkata')).toBe('2026-12-01T00:00:00+05:30');
  });
  it('uses the offset in force at that midnight on the days the clocks change (they change later in the night)', () => {
    // Clocks went forward at 2 a.m. on 2026-03-08 in Canada: midnight was still standard time.
    expect(calendarDateInZone(new Date('2026-03-08'), 'America/Vancouver')).toBe('2026-03-08T00:00:00-08:00');
    expect(calendarDateInZone(new Date('2026-03-08'), 'America/St_Johns')).toBe('2026-03-08T00:00:00-03:30');
    // …and back at 2 a.m. on 2026-11-01: midnight was still daylight time.
    expect(calendarDateInZone(new Date('2026-11-01'), 'America/Vancouver')).toBe('2026-11-01T00:00:00-07:00');
    // East of Greenwich, and in the southern hemisphere.
    expect(calendarDateInZone(new Date('2026-03-29'), 'Europe/Paris')).toBe('2026-03-29T00:00:00+01:00');
    expect(calendarDateInZone(new Date('2026-10-04'), 'Australia/Sydney')).toBe('2026-10-04T00:00:00+10:00');
  });
  it('startOfDayInZone is that instant as a Date', () => {
    expect(startOfDayInZone(new Date('2026-10-06'), 'America/Vancouver').toISOString()).toBe('2026-10-06T07:00:00.000Z');
  });
});

describe('calendarDateAt', () => {
  it('is the date it is in the zone at that moment', () => {
    expect(calendarDateAt(new Date('2026-11-27T05:00:00Z'), 'America/Vancouver')).toBe('2026-11-26');
    expect(calendarDateAt(new Date('2026-11-27T05:00:00Z'), 'Asia/Tokyo')).toBe('2026-11-27');
  });
});

describe('parseCalendarDate', () => {
  const problem = (value: unknown) => {
    const result = parseCalendarDate(value);
    return result.ok ? result.date.toISOString() : result.problem;
  };
  it('accepts YYYY-MM-DD as YAML gives it (a Date at midnight UTC) or as text', () => {
    expect(problem(new Date('2026-11-20'))).toBe('2026-11-20T00:00:00.000Z');
    expect(problem('2026-11-20')).toBe('2026-11-20T00:00:00.000Z');
    expect(problem(' 2026-02-28 ')).toBe('2026-02-28T00:00:00.000Z');
  });
  it('refuses a year alone (YAML reads a number), ambiguous and impossible dates, and times of day', () => {
    expect(problem(2026)).toBe('must be a date written like 2026-11-20 (year-month-day); 2026 alone is read as a number, not a date');
    expect(problem('11/12/2026')).toBe('must be a date written like 2026-11-20 (year-month-day); "11/12/2026" could mean two different days');
    expect(problem('next week')).toBe('must be a date written like 2026-11-20 (year-month-day)');
    expect(problem('2026-02-30')).toBe('must be a date written like 2026-11-20: 2026-02-30 is not a day of the calendar');
    expect(problem(new Date('2026-11-20T10:00:00Z'))).toBe('must be a date written like 2026-11-20: the day only, without a time');
    expect(problem(undefined)).toBe('must be a date written like 2026-11-20 (year-month-day)');
  });
});

describe('newest', () => {
  it('finds the newest date, ignoring gaps', () => {
    expect(newest([new Date('2026-01-01'), undefined, new Date('2026-03-01')])?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(newest([])).toBeUndefined();
  });
});
