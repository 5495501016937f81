/** Display formats shared by every page, so that a price or a date reads the same everywhere. Words come from the page's interface table (src/i18n/); English by default. */
import { en, type InterfaceStrings } from '../../i18n/en.ts';

export const SITE_LOCALE = 'en-CA';

// Intl formatters are slow to create and every page formats dozens of values: make each once.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "$125" for whole amounts, "$125.50" otherwise. */
export function formatPrice(amount: number, currency: string, locale: string = SITE_LOCALE): string {
  const whole = Number.isInteger(amount);
  return cached(
    `price:${locale}:${currency}:${whole}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: 2,
      }),
  ).format(amount);
}

/** "60 min", "1 h 30 min" would be harder to scan in a price table: minutes read fastest. */
export function formatDuration(minutes: number, strings: Pick<InterfaceStrings, 'durations'> = en): string {
  return strings.durations.short(minutes);
}

/** "5 min read": how long an article takes, in the byline and on cards. */
export function formatReadingTime(minutes: number, strings: Pick<InterfaceStrings, 'article'> = en): string {
  return strings.article.readingTime(minutes);
}

/** The spoken form for screen readers and labels: "60 minutes". */
export function formatDurationLong(minutes: number, strings: Pick<InterfaceStrings, 'durations'> = en): string {
  return strings.durations.long(minutes);
}

/**
 * "November 20, 2026". Content dates are calendar dates (YAML `2026-11-20` is
 * midnight UTC), so they are shown in UTC: a reader west of Greenwich must not
 * see the day before.
 */
export function formatDate(date: Date, locale: string = SITE_LOCALE): string {
  return cached(`date:${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })).format(date);
}

/** "2026-11-20": the machine-readable form for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A phone number that never wraps across lines: non-breaking spaces and hyphens. */
export function unbreakablePhone(display: string): string {
  return display.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

/** Where a phone link leads and what it says: every tel: link on the site, alone (PhoneLink) or in a sentence. */
export function phoneLink(phone: { e164: string; display: string }): { href: string; text: string } {
  return { href: `tel:${phone.e164}`, text: unbreakablePhone(phone.display) };
}

/** "back pain, hip health and pregnancy": the first `max` items in words, for descriptions built from content. */
export function listInWords(items: string[], max = 4, strings: Pick<InterfaceStrings, 'listJoin'> = en): string {
  const shown = items.slice(0, max);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(strings.listJoin.comma)}${strings.listJoin.and}${shown.at(-1)}`;
}
