/**
 * Where the clinic is. Most clinics have one place, and keep its facts (address,
 * map position, hours, directions) in content/clinic.yaml; a clinic with more
 * has one file per location in content/locations/. Either way the site reads a
 * list of locations, here, and every page shows what it holds: with one, the
 * same site as ever; with two or more, a page per location as well.
 */
import type { ImageMetadata } from 'astro';
import type { BookingConfig } from '../booking/platforms.ts';
import type { ContentProblem } from '../content/integrity.ts';
import { isoDate } from '../i18n/format.ts';
import type { OpeningHours, SpecialHours } from '../time/hours.ts';

/** A picture as the image pipeline gives it, with its words ("" for one marked decorative). */
export interface Photo {
  src: ImageMetadata;
  alt: string;
}

export interface Place {
  address: { street: string; locality: string; region: string; postalCode: string; country: string };
  geo: { latitude: number; longitude: number };
  hours: OpeningHours[];
  specialHours: SpecialHours[];
  mapUrl: string;
  businessProfileUrl?: string | undefined;
  parking: string;
  transit: string;
  premisesAccessibility: string;
  /** Photos of the premises, the first the one shown largest. */
  photos: Photo[];
}

export interface Phone {
  e164: string;
  display: string;
}

export interface Location extends Place {
  /** The file name in content/locations/, or "clinic" when the facts are in content/clinic.yaml. */
  id: string;
  /** Its file, "content/locations/east-end.md"; none for the clinic's one place in clinic.yaml. */
  filePath?: string | undefined;
  /** The location's own name (the clinic's where it has one location). */
  name: string;
  phone: Phone;
  email: string;
  /** Booking for this location: the clinic's platform, with this location's page or Jane location where it has one. */
  booking: BookingConfig;
  updatedDate?: Date | undefined;
  /** Only a clinic with several locations gives each a page (and a business of its own in structured data). */
  hasOwnPage: boolean;
  /** In a second language only: the words of the location's page above its facts (in the first, its file's body). */
  intro?: string | undefined;
}

/** The facts of a place, which clinic.yaml holds for a clinic with one location. */
export const PLACE_FIELDS = ['address', 'geo', 'hours', 'mapUrl', 'parking', 'transit', 'premisesAccessibility'] as const;
/** The same, where they are optional (a clinic with one location may have none, or leave them out). */
const OPTIONAL_PLACE_FIELDS = ['specialHours', 'businessProfileUrl', 'photos'] as const;

export interface ClinicForLocations extends Partial<Place> {
  name: string;
  phone: Phone;
  email: string;
  booking: BookingConfig;
  updatedDate?: Date | undefined;
}

export interface LocationEntryForResolve {
  id: string;
  filePath?: string | undefined;
  data: Place & {
    name: string;
    phone: Phone;
    email?: string | undefined;
    booking?: { rootUrl?: string | undefined; location?: string | undefined } | undefined;
    updatedDate?: Date | undefined;
    order: number;
    /** Its words in other languages (placeInLanguage reads them), not a fact of the place. */
    translations?: unknown;
  };
}

const CLINIC_FILE = 'content/clinic.yaml';

/** The clinic's locations, in their order, and what is wrong with them (each naming the file and field). */
export function resolveLocations(clinic: ClinicForLocations, entries: LocationEntryForResolve[]): { locations: Location[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  if (entries.length === 0) {
    for (const field of PLACE_FIELDS) {
      if (clinic[field] === undefined) problems.push({ file: CLINIC_FILE, field, message: 'is required: where the clinic is and how to get there (a clinic with several locations puts them in content/locations/ instead, one file each)' });
    }
    if (problems.length > 0) return { locations: [], problems };
    const place = Object.fromEntries([...PLACE_FIELDS, ...OPTIONAL_PLACE_FIELDS].map((field) => [field, clinic[field]])) as unknown as Place;
    return {
      locations: [{ ...place, specialHours: clinic.specialHours ?? [], photos: clinic.photos ?? [], id: 'clinic', name: clinic.name, phone: clinic.phone, email: clinic.email, booking: clinic.booking, updatedDate: clinic.updatedDate, hasOwnPage: false }],
      problems,
    };
  }

  // One source for each fact: with content/locations/, the place fields of clinic.yaml would be a second one.
  for (const field of [...PLACE_FIELDS, ...OPTIONAL_PLACE_FIELDS]) {
    const value = clinic[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    problems.push({ file: CLINIC_FILE, field, message: `the clinic's locations are in content/locations/ (${entries.length} file${entries.length === 1 ? '' : 's'}): move ${field} into each location's file and remove it here, so that it is written once` });
  }
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const locations = sorted.map((entry): Location => {
    const { name, phone, email, booking, updatedDate, order: _order, translations: _translations, ...place } = entry.data;
    if (booking?.location && clinic.booking.platform !== 'jane') {
      problems.push({ file: entry.filePath ?? `content/locations/${entry.id}.md`, field: 'booking.location', message: `is for Jane's locations only, and the clinic books with ${clinic.booking.platform}: remove it` });
    }
    return {
      ...place,
      id: entry.id,
      name,
      phone,
      email: email ?? clinic.email,
      booking: { platform: clinic.booking.platform, rootUrl: booking?.rootUrl ?? clinic.booking.rootUrl, location: booking?.location ?? clinic.booking.location },
      updatedDate,
      hasOwnPage: entries.length > 1,
      filePath: entry.filePath,
    };
  });
  return { locations, problems };
}

/** The locations a therapist or service is at: the ones it names, or every one when it names none. */
export function locationsOf<L extends { id: string }>(refs: ReadonlyArray<{ id: string }>, locations: L[]): L[] {
  return refs.length === 0 ? locations : locations.filter((l) => refs.some((r) => r.id === l.id));
}

/** A place's words in a second language: under translations.<code> in its file (clinic.yaml, or the location's own). */
export interface PlaceWords {
  /** The location's name in that language; its own name where left out (names seldom change). */
  name?: string | undefined;
  parking?: string | undefined;
  transit?: string | undefined;
  premisesAccessibility?: string | undefined;
  /** The note of each special day (specialHours) in that language, by its date. */
  specialHours?: ReadonlyArray<{ date: Date; note: string }> | undefined;
  /** The location page's words above its facts (the body of the location's file), as paragraphs. */
  intro?: string | undefined;
  /** What each photo with words shows, in that language, in their order. */
  photoAlts?: readonly string[] | undefined;
}

/** Where a place's words in one language are written, for the errors that name them. */
export interface PlaceWordsSource {
  /** content/clinic.yaml, or the location's file. */
  file: string;
  language: string;
  /** The special days still to come (a past day's note is never shown, so needs no translation). */
  upcoming: readonly SpecialHours[];
  /** The location's file has words of its own (a body), shown on its page: they need their translation too. */
  hasIntro: boolean;
}

const PLACE_WORDS = ['parking', 'transit', 'premisesAccessibility'] as const;

/**
 * A location as a page in another language shows it: its words from translations.<code>,
 * its facts (address, phone, hours) the same. Every word it shows must be there; a note
 * for a day the place does not list is a mistake, never silently left unused.
 */
export function placeInLanguage(location: Location, words: PlaceWords | undefined, source: PlaceWordsSource): { location: Location; problems: ContentProblem[] } {
  const field = `translations.${source.language}`;
  const problems: ContentProblem[] = [];
  const given = words ?? {};
  for (const name of PLACE_WORDS) {
    if (!given[name]) problems.push({ file: source.file, field: `${field}.${name}`, message: `is required: the site is also in ${source.language} (languages in content/clinic.yaml), and its pages show this line in ${source.language}` });
  }
  const notes = new Map<string, string>();
  for (const [i, { date, note }] of (given.specialHours ?? []).entries()) {
    const day = isoDate(date);
    if (!location.specialHours.some((s) => isoDate(s.date) === day && s.note)) {
      problems.push({ file: source.file, field: `${field}.specialHours[${i}].date`, message: `${day} is not a special day with a note in specialHours: correct the date, or remove this note` });
    } else if (notes.has(day)) {
      problems.push({ file: source.file, field: `${field}.specialHours[${i}].date`, message: `${day} has two notes here: keep one` });
    }
    notes.set(day, note);
  }
  for (const s of source.upcoming.filter((s) => s.note && !notes.has(isoDate(s.date)))) {
    problems.push({ file: source.file, field: `${field}.specialHours`, message: `has no note for ${isoDate(s.date)} ("${s.note}"): add { date: ${isoDate(s.date)}, note: … } in ${source.language}` });
  }
  const described = location.photos.filter((p) => p.alt);
  const alts = given.photoAlts ?? [];
  if (alts.length !== described.length) {
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    problems.push({
      file: source.file,
      field: `${field}.photoAlts`,
      message: `has ${count(alts.length, 'line')}, and photos has ${count(described.length, 'photo')} with alt text: write what each one shows in ${source.language}, one line each, in the same order`,
    });
  }
  if (source.hasIntro && !given.intro?.trim()) {
    problems.push({ file: source.file, field: `${field}.intro`, message: `is required: the location's page shows the words below its fields, and in ${source.language} shows their translation` });
  }
  const specialHours = location.specialHours.map((s) => (s.note ? { ...s, note: notes.get(isoDate(s.date)) ?? s.note } : s));
  const translated: Location = {
    ...location,
    name: given.name ?? location.name,
    parking: given.parking ?? location.parking,
    transit: given.transit ?? location.transit,
    premisesAccessibility: given.premisesAccessibility ?? location.premisesAccessibility,
    specialHours,
    photos: location.photos.map((photo) => (photo.alt ? { ...photo, alt: alts[described.indexOf(photo)] ?? photo.alt } : photo)),
    intro: given.intro?.trim() || undefined,
  };
  return { location: translated, problems };
}
