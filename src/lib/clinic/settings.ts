/**
 * The few facts of content/clinic.yaml that the build needs before Astro has
 * loaded and checked it with its schema: the site's address, name and languages
 * (the configuration), the regulator's word lists and the first language (the
 * content check), and the words of the site's sharing image and the time zone
 * (the images drawn ahead). One reader of the file's text for all of them; the
 * schema (src/content-schema.ts) remains the judge of every value, so a value
 * this cannot read is left out here and reported there, with its line.
 */
import { parse } from 'yaml';
import { forbiddenWordsByLanguage } from './advertising-words.ts';
import { analyticsOrigin, endpointProblem } from '../analytics/settings.ts';
import { isLanguage, LANGUAGE_CODES, type Language } from '../i18n/languages.ts';

/** The site's languages when clinic.yaml names none: English alone. */
export const DEFAULT_LANGUAGES: readonly [Language, ...Language[]] = ['en'];

export interface ClinicSettings {
  name?: string | undefined;
  url?: string | undefined;
  /** The site's languages, the first at its root. */
  languages: [Language, ...Language[]];
  timeZone?: string | undefined;
  /** The regulator's forbidden words, one list per language (the clinic's own, else the defaults). */
  forbiddenWords: Record<Language, readonly string[]>;
  /** What the site's own sharing image says, when every part of it is there. */
  siteImage?: { tagline: string; locality: string; region: string; phone: string } | undefined;
  /** Whether the clinic has turned counting on (analytics): the counting script is bundled only then. */
  analytics: boolean;
  /** Where the pages may send besides their own origin: the analytics endpoint's, when counting is on (the security policy's connect-src). */
  connect: string[];
}

type Fields = Record<string, unknown>;

/** A text value as the schema keeps it (trimmed), or undefined. */
export function textAt(fields: unknown, ...path: string[]): string | undefined {
  let value: unknown = fields;
  for (const key of path) value = value && typeof value === 'object' ? (value as Fields)[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** YAML text as fields, or undefined where it is not a mapping or cannot be read. */
export function yamlFields(text: string): Fields | undefined {
  try {
    const value: unknown = parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : undefined;
  } catch {
    return undefined;
  }
}

/** The analytics endpoint's origin when counting is on; none for an endpoint the schema will refuse (the build stops there). */
function analyticsConnect(analytics: unknown): string[] {
  if (!analytics || typeof analytics !== 'object') return [];
  const endpoint = textAt(analytics, 'endpoint');
  return endpoint && endpointProblem(endpoint) ? [] : [analyticsOrigin({ endpoint })];
}

export function clinicSettings(text: string): ClinicSettings {
  const clinic = yamlFields(text);
  const declared = Array.isArray(clinic?.['languages']) ? (clinic['languages'] as unknown[]).map(String).filter(isLanguage) : [];
  const lists = clinic?.['jurisdiction'] && typeof clinic['jurisdiction'] === 'object' ? (clinic['jurisdiction'] as Fields)['forbiddenWords'] : undefined;
  const own = Object.fromEntries(
    LANGUAGE_CODES.flatMap((code) => {
      const list = lists && typeof lists === 'object' && !Array.isArray(lists) ? (lists as Fields)[code] : undefined;
      return Array.isArray(list) ? [[code, list.filter((w): w is string => typeof w === 'string' && w.trim() !== '')]] : [];
    }),
  );
  const tagline = textAt(clinic, 'tagline');
  const locality = textAt(clinic, 'address', 'locality');
  const region = textAt(clinic, 'address', 'region');
  const phone = textAt(clinic, 'phone', 'display');
  return {
    name: textAt(clinic, 'name'),
    url: textAt(clinic, 'url'),
    languages: declared.length > 0 ? (declared as [Language, ...Language[]]) : [...DEFAULT_LANGUAGES],
    timeZone: textAt(clinic, 'timeZone'),
    forbiddenWords: forbiddenWordsByLanguage(own),
    siteImage: tagline && locality && region && phone ? { tagline, locality, region, phone } : undefined,
    analytics: Boolean(clinic?.['analytics']),
    connect: analyticsConnect(clinic?.['analytics']),
  };
}
