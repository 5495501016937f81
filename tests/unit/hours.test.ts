import { describe, expect, it } from 'vitest';
import { formatRange, formatTime, groupHours, hoursByDay, minutesOfDay, upcomingSpecialHours, type OpeningHours } from '../../src/lib/time/hours';

const hours: OpeningHours[] = [
  { days: ['Mon', 'Tue', 'Wed', 'Thu'], opens: '09:00', closes: '20:00' },
  { days: ['Fri'], opens: '09:00', closes: '18:00' },
  { days: ['Sat'], opens: '10:00', closes: '16:00' },
];

describe('hours', () => {
  it('reads 24-hour times and rejects others', () => {
    expect(minutesOfDay('09:30')).toBe(570);
    expect(() => minutesOfDay('9:30')).toThrow(/24-hour/);
    expect(() => minutesOfDay('24:00')).toThrow();
  });
  it('formats times the Canadian way', () => {
    expect(formatTime('09:00')).toBe('9:00 a.m.');
    expect(formatTime('12:00')).toBe('12:00 p.m.');
    expect(formatTime('00:15')).toBe('12:15 a.m.');
    expect(formatTime('20:30')).toBe('8:30 p.m.');
  });
  it('lists every weekday, Monday first, closed where no range covers it', () => {
    const days = hoursByDay(hours);
    expect(days.map((d) => d.day)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(days[6]).toEqual({ day: 'Sun', dayName: 'Sunday', dayShort: 'Sun', opens: null, closes: null });
    expect(days[4]).toMatchObject({ opens: '09:00', closes: '18:00' });
  });
  it('merges consecutive days with the same hours', () => {
    expect(groupHours(hours)).toEqual([
      { label: 'Mon–Thu', longLabel: 'Monday to Thursday', opens: '09:00', closes: '20:00' },
      { label: 'Fri', longLabel: 'Friday', opens: '09:00', closes: '18:00' },
      { label: 'Sat', longLabel: 'Saturday', opens: '10:00', closes: '16:00' },
      { label: 'Sun', longLabel: 'Sunday', opens: null, closes: null },
    ]);
  });
  it('does not merge equal hours that are not consecutive', () => {
    const split: OpeningHours[] = [{ days: ['Mon', 'Wed'], opens: '09:00', closes: '17:00' }];
    expect(groupHours(split).map((g) => g.label)).toEqual(['Mon', 'Tue', 'Wed', 'Thu–Sun']);
  });
  it('formats a range or says closed', () => {
    expect(formatRange('09:00', '20:00')).toBe('9:00 a.m. – 8:00 p.m.');
    expect(formatRange(null, null)).toBe('Closed');
  });
});

describe('upcomingSpecialHours', () => {
  const day = (iso: string, note: string) => ({ date: new Date(`${iso}T00:00:00Z`), closed: true, note });
  const special = [day('2026-12-26', 'Boxing Day'), day('2026-12-24', 'Christmas Eve'), day('2026-12-25', 'Christmas Day')];
  it('keeps today and later, soonest first, where today is the clinic’s day, not UTC’s', () => {
    // 04:00 UTC on the 25th is still the evening of the 24th in Toronto (UTC-5 in winter).
    const at = new Date('2026-12-25T04:00:00Z');
    expect(upcomingSpecialHours(special, at, 'America/Toronto').map((s) => s.note)).toEqual(['Christmas Eve', 'Christmas Day', 'Boxing Day']);
    expect(upcomingSpecialHours(special, at, 'Europe/Paris').map((s) => s.note)).toEqual(['Christmas Day', 'Boxing Day']);
  });
  it('leaves the list as given', () => {
    upcomingSpecialHours(special, new Date('2027-01-01T12:00:00Z'), 'UTC');
    expect(special.map((s) => s.note)).toEqual(['Boxing Day', 'Christmas Eve', 'Christmas Day']);
  });
});
