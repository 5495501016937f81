// The interface tables: every language says everything English says, with the same links in its sentences,
// and formats hours, durations and lists its own way.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { formatDuration, formatReadingTime, listInWords } from '../../src/lib/i18n/format';
import { formatRange, groupHours, hoursByDay } from '../../src/lib/time/hours';
import { interfaceStrings, LANGUAGE_CODES, LANGUAGES, languageOf, localeOf } from '../../src/lib/i18n/languages';

type Table = { [key: string]: unknown };
/** Every leaf of a table by its path ("booking.bookLength"), with its value. */
function leaves(table: Table, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) for (const [p, v] of leaves(value as Table, path)) out.set(p, v);
    else out.set(path, value);
  }
  return out;
}
/** The link names a sentence uses: [words](name) and {name}. */
const linkNames = (s: string) => [...s.matchAll(/\]\((\w+)\)|\{(\w+)\}/g)].map((m) => m[1] ?? m[2]).sort();
/** Sample arguments for a table function, by its arity: names for strings, small numbers for counts. */
const call = (fn: (...args: never[]) => unknown) => (fn as (...args: unknown[]) => unknown)(...Array.from({ length: fn.length }, (_, i) => (i % 2 === 0 ? `Name${i}` : 3)));

const english = leaves(en);

describe.each(LANGUAGE_CODES.filter((code) => code !== 'en'))('the %s interface table', (code) => {
  const table = leaves(LANGUAGES[code].strings as unknown as Table);
  it('has exactly the keys of the English table', () => {
    expect([...table.keys()].sort()).toEqual([...english.keys()].sort());
  });
  it('says every one of them: no empty string, no English left untranslated in a sentence', () => {
    for (const [path, value] of table) {
      const made = typeof value === 'function' ? call(value as never) : value;
      const strings = Array.isArray(made) ? made : [made];
      for (const s of strings) expect(typeof s === 'string' && s.trim().length > 0, `${code}: ${path}`).toBe(true);
      // A sentence of several words identical to the English one was forgotten (single words like "Menu" may match).
      const same = english.get(path);
      if (typeof value === 'string' && typeof same === 'string' && same.split(' ').length > 3) expect(value, `${code}: ${path} is still English`).not.toBe(same);
    }
  });
  it('keeps every link of every sentence: the same names as the English sentence', () => {
    for (const [path, value] of english) {
      if (typeof value !== 'string' || linkNames(value).length === 0) continue;
      expect(linkNames(table.get(path) as string), `${code}: ${path}`).toEqual(linkNames(value));
    }
  });
  it('has seven day names and seven short ones, Monday first', () => {
    const { days, daysShort } = LANGUAGES[code].strings.hours;
    expect(days).toHaveLength(7);
    expect(daysShort).toHaveLength(7);
  });
});

describe('the page’s language', () => {
  it('is the locale Astro computed from the path, or English outside a page', () => {
    expect(languageOf('fr')).toBe('fr');
    expect(languageOf(undefined)).toBe('en');
    expect(languageOf('de')).toBe('en');
    expect(localeOf('fr')).toBe('fr-CA');
    expect(localeOf(undefined)).toBe('en-CA');
    expect(interfaceStrings('fr')).toBe(LANGUAGES.fr.strings);
  });
});

describe('formatting in French', () => {
  const fr = interfaceStrings('fr');
  it('writes hours the Quebec way: 9 h, 17 h 30, “à” between them, and closed days', () => {
    expect(formatRange('09:00', '17:30', fr.hours)).toBe('9\u00a0h à 17\u00a0h\u00a030');
    expect(formatRange(null, null, fr.hours)).toBe('Fermé');
    expect(formatRange('09:00', '20:00')).toBe('9:00 a.m. – 8:00 p.m.');
  });
  it('names the days and day ranges in the language', () => {
    const hours = [{ days: ['Mon', 'Tue', 'Wed'] as const, opens: '09:00', closes: '17:00' }].map((h) => ({ ...h, days: [...h.days] }));
    expect(hoursByDay(hours, fr.hours)[0]).toMatchObject({ day: 'Mon', dayName: 'lundi', dayShort: 'lun.' });
    expect(groupHours(hours, fr.hours)[0]).toMatchObject({ label: 'lun.–mer.', longLabel: 'du lundi au mercredi' });
    expect(groupHours(hours)[0]).toMatchObject({ label: 'Mon–Wed', longLabel: 'Monday to Wednesday' });
  });
  it('writes durations, reading time and lists in the language', () => {
    expect(formatDuration(60, fr)).toBe('60\u00a0min');
    expect(formatReadingTime(5, fr)).toBe('5\u00a0min de lecture');
    expect(listInWords(['dos', 'hanches', 'grossesse'], 4, fr)).toBe('dos, hanches et grossesse');
    expect(listInWords(['back', 'hips', 'pregnancy'])).toBe('back, hips and pregnancy');
  });
});
