/**
 * The languages the site can be shown in, each with its interface table (src/i18n/) and
 * the locale its dates, prices and hours are written in. content/clinic.yaml's `languages`
 * picks among them; the first is the site's language at the root, each other one lives
 * under /<code>/ (Astro's i18n routing, configured from the same list in astro.config.mjs).
 */
import { en, type InterfaceStrings } from '../../i18n/en.ts';
import { fr } from '../../i18n/fr.ts';

export type { InterfaceStrings };

/** Each language the site has an interface table for, by its code (the /<code>/ prefix). */
export const LANGUAGE_CODES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGE_CODES)[number];

export const LANGUAGES: Record<Language, { locale: string; strings: InterfaceStrings }> = {
  en: { locale: 'en-CA', strings: en },
  fr: { locale: 'fr-CA', strings: fr },
};

export function isLanguage(code: string | undefined): code is Language {
  return code !== undefined && Object.hasOwn(LANGUAGES, code);
}

/**
 * The language a page is in: Astro.currentLocale, which Astro's i18n routing computes
 * from the page's path. A component rendered outside a page (a test) has none: English.
 */
export function languageOf(currentLocale: string | undefined): Language {
  return isLanguage(currentLocale) ? currentLocale : 'en';
}

/** The interface table of the page's language. */
export function interfaceStrings(currentLocale: string | undefined): InterfaceStrings {
  return LANGUAGES[languageOf(currentLocale)].strings;
}

/** "en-CA": what <html lang>, dates and prices use. */
export function localeOf(currentLocale: string | undefined): string {
  return LANGUAGES[languageOf(currentLocale)].locale;
}
