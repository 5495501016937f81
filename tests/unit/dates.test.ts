import { describe, expect, it } from 'vitest';
import { calendarDateInZone, newest, utcOffset } from '../../src/lib/dates';

describe('dates', () => {
  it('knows the offset of a zone in summer and winter', () => {
    expect(utcOffset('America/Toronto', new Date('2026-07-01T12:00:00Z'))).toBe('-04:00');
    expect(utcOffset('America/Toronto', new Date('2026-12-01T12:00:00Z'))).toBe('-05:00');
    expect(utcOffset('UTC', new Date('2026-12-01T12:00:00Z'))).toBe('+00:00');
    expect(utcOffset('Asia/Kolkata', new Date('2026-12-01T12:00:00Z'))).toBe('+05:30');
  });
  it('reads a calendar date as the start of that day in the clinic’s zone', () => {
    expect(calendarDateInZone(new Date('2026-10-06'), 'America/Vancouver')).toBe('2026-10-06T00:00:00-07:00');
    expect(calendarDateInZone(new Date('2026-11-20'), 'America/Toronto')).toBe('2026-11-20T00:00:00-05:00');
  });
  it('rejects an unknown zone', () => {
    expect(() => utcOffset('Mars/Olympus', new Date())).toThrow();
  });
  it('finds the newest date, ignoring gaps', () => {
    expect(newest([new Date('2026-01-01'), undefined, new Date('2026-03-01')])?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(newest([])).toBeUndefined();
  });
});
