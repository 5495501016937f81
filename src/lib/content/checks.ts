/**
 * The checks across entries: what no one file's schema can see. They run in one
 * pass once every file has parsed (src/data/site.ts), each a small named function
 * from the whole content, every collection in every language, to its problems,
 * in the one shape every content check gives ({ file, field, message }). The
 * others: the preflight (preflight.ts), for each file's text before it
 * is parsed; the schema (src/content-schema.ts), for each field.
 */
import { platformNeedsServiceRef, type BookingConfig } from '../booking/platforms.ts';
import { checkReferences, offeringsThatDisagree, offeringsWithNoPlace, type ContentProblem, type EntryForCheck, type Ref } from './integrity.ts';
import type { Language } from '../i18n/languages.ts';
import { upcomingSpecialHours } from '../time/hours.ts';
import { placeInLanguage, resolveLocations, type ClinicForLocations, type LocationEntryForResolve, type PlaceWords } from '../clinic/locations.ts';
import { FOOTER_PAGES } from '../routes/navigation.ts';
import { reviewsInTheFuture } from './publishing.ts';
import { entriesIn, unlistedLanguageFiles, untranslatedReferences, type TranslatedEntry } from '../i18n/translations.ts';

type Refs = readonly Ref[];
/** An entry as the checks read it: Astro's collection entry, only the fields they need. */
interface Entry<D> {
  id: string;
  /** From the project root: content/articles/x.mdx. */
  filePath?: string | undefined;
  body?: string | undefined;
  data: D;
}

/** The clinic's own words in another language (clinic.yaml, under translations.<code>). */
export interface ClinicWords extends PlaceWords {
  tagline?: string | undefined;
  description?: string | undefined;
  payment?: string | undefined;
  cancellationSummary?: string | undefined;
  directBilling?: string | undefined;
}

/** Everything the clinic wrote, as parsed by its schemas, and the moment the build publishes for. */
export interface ContentSet {
  clinic: ClinicForLocations & {
    languages: readonly Language[];
    timeZone: string;
    booking: BookingConfig;
    directBilling?: string | undefined;
    translations?: Partial<Record<Language, ClinicWords>> | undefined;
  };
  locations: Array<LocationEntryForResolve & { body?: string | undefined; data: { translations?: Partial<Record<Language, PlaceWords>> | undefined } }>;
  services: Array<Entry<{ therapists: Refs; topics: Refs; locations: Refs; bookingRef?: string | undefined }>>;
  therapists: Array<Entry<{ services: Refs; locations: Refs }>>;
  articles: Array<Entry<{ author: Ref; reviewer?: Ref | undefined; services: Refs; topics: Refs; draft: boolean; title: string; description: string; lastReviewed?: Date | undefined }>>;
  topics: Array<Entry<unknown>>;
  pages: Array<Entry<unknown>>;
  testimonials: Array<Entry<{ service?: Ref | undefined }>>;
  now: Date;
  /** Lines before an entry's body in its file (its frontmatter), so that a line in the body is named as staff see it. */
  linesBeforeBody?: ((entry: EntryForCheck) => number) | undefined;
}

export type ContentCheck = (content: ContentSet) => ContentProblem[];

const firstLanguage = (content: ContentSet) => content.clinic.languages[0]!;
const otherLanguages = (content: ContentSet) => content.clinic.languages.slice(1);
/** The entries of a collection in the site's first language, the files that say what the translations show. */
const inFirstLanguage = <E extends { id: string }>(content: ContentSet, entries: readonly E[]) => entriesIn(entries, firstLanguage(content), firstLanguage(content));

/** Every reference names an entry that exists; every image in a body has its description. */
export const brokenReferences: ContentCheck = (content) => {
  const known = {
    locations: new Set(content.locations.map((l) => l.id)),
    services: new Set(content.services.map((s) => s.id)),
    therapists: new Set(content.therapists.map((t) => t.id)),
    articles: new Set(content.articles.map((a) => a.id)),
    topics: new Set(content.topics.map((t) => t.id)),
  };
  const entries: EntryForCheck[] = [
    ...content.services.map((s) => ({ id: s.id, filePath: s.filePath, body: s.body, refs: { therapists: [...s.data.therapists], topics: [...s.data.topics], locations: [...s.data.locations] } })),
    ...content.therapists.map((t) => ({ id: t.id, filePath: t.filePath, body: t.body, refs: { services: [...t.data.services], locations: [...t.data.locations] } })),
    ...content.articles.map((a) => ({ id: a.id, filePath: a.filePath, body: a.body, refs: { author: a.data.author, reviewer: a.data.reviewer, services: [...a.data.services], topics: [...a.data.topics] } })),
    ...content.testimonials.map((t) => ({ id: t.id, filePath: t.filePath, refs: { service: t.data.service } })),
    ...content.pages.map((p) => ({ id: p.id, filePath: p.filePath, body: p.body, refs: {} })),
  ];
  return checkReferences(entries, known, content.linesBeforeBody);
};

/** A therapist's services and each service's therapists say who offers what twice: they agree (translations carry the first language's lists). */
export const offeringsListedOnOneSide: ContentCheck = (content) =>
  offeringsThatDisagree(
    inFirstLanguage(content, content.therapists).map((t) => ({ id: t.id, filePath: t.filePath, services: t.data.services })),
    inFirstLanguage(content, content.services).map((s) => ({ id: s.id, filePath: s.filePath, therapists: s.data.therapists })),
  );

/** The clinic's places: in clinic.yaml or content/locations/, each complete. */
export const placeProblems: ContentCheck = (content) => resolveLocations(content.clinic, content.locations).problems;

/** Each service a therapist offers is offered at a place where they practise. */
export const offeringsWithoutAPlace: ContentCheck = (content) =>
  offeringsWithNoPlace(
    inFirstLanguage(content, content.therapists).map((t) => ({ id: t.id, filePath: t.filePath, services: t.data.services, locations: t.data.locations })),
    inFirstLanguage(content, content.services).map((s) => ({ id: s.id, filePath: s.filePath, locations: s.data.locations })),
    resolveLocations(content.clinic, content.locations).locations.map((l) => l.id),
  );

/** A finished article does not go out with the scaffold's placeholders (npm run new:article) still in it. */
export const unfinishedArticles: ContentCheck = (content) =>
  content.articles
    .filter((a) => !a.data.draft)
    .flatMap((a) => {
      const field = (['title', 'description', 'body'] as const).find((name) => /\bTODO\b/.test(name === 'body' ? (a.body ?? '') : a.data[name]));
      return field ? [{ file: a.filePath ?? a.id, field, message: 'still has a TODO placeholder: finish it, or keep draft: true until it is ready' }] : [];
    });

/** Where the booking platform opens a service from its own id, every service has one. */
export const missingBookingRefs: ContentCheck = (content) => {
  const { platform } = content.clinic.booking;
  if (!platformNeedsServiceRef(platform)) return [];
  return content.services
    .filter((s) => !s.data.bookingRef)
    .map((s) => ({
      file: s.filePath ?? `content/services/${s.id}.md`,
      field: 'bookingRef',
      message: `is required: the booking platform "${platform}" (content/clinic.yaml) opens a service from its id; copy the service's id from ${platform}`,
    }));
};

/** A review is dated on or before the day the build publishes for. */
export const futureReviews: ContentCheck = (content) => reviewsInTheFuture(content.articles, content.now, content.clinic.timeZone);

/** Every file in a language folder is in one of the clinic's languages. */
export const filesInUnlistedLanguages: ContentCheck = (content) => {
  const { services, therapists, articles, topics, pages, testimonials } = content;
  return Object.entries({ services, therapists, articles, topics, pages, testimonials }).flatMap(([folder, entries]) => unlistedLanguageFiles(entries, content.clinic.languages, folder));
};

/** A page in another language links only to pages in that language: what it refers to has its translation. */
export const untranslatedLinks: ContentCheck = (content) =>
  otherLanguages(content).flatMap((language) => {
    const inLanguage = <E extends { id: string }>(entries: readonly E[]) => entriesIn(entries, language, firstLanguage(content));
    const ids = (entries: ReadonlyArray<{ id: string }>) => new Set(inLanguage(entries).map((e) => e.id));
    const known = { services: ids(content.services), therapists: ids(content.therapists), topics: ids(content.topics) };
    const refsOf = (field: string, collection: string, refs: Refs | Ref | undefined) => ({ field, collection, ids: refs === undefined ? [] : 'id' in refs ? [refs.id] : refs.map((r) => r.id) });
    const translated: TranslatedEntry[] = [
      ...inLanguage(content.articles).map((a) => ({ id: a.id, filePath: a.filePath, refs: [refsOf('author', 'therapists', a.data.author), refsOf('reviewer', 'therapists', a.data.reviewer), refsOf('services', 'services', a.data.services), refsOf('topics', 'topics', a.data.topics)] })),
      ...inLanguage(content.services).map((s) => ({ id: s.id, filePath: s.filePath, refs: [refsOf('therapists', 'therapists', s.data.therapists), refsOf('topics', 'topics', s.data.topics)] })),
      ...inLanguage(content.therapists).map((t) => ({ id: t.id, filePath: t.filePath, refs: [refsOf('services', 'services', t.data.services)] })),
    ];
    return untranslatedReferences(translated, language, known);
  });

/** Every footer links to the same pages: each that the first language has, every other language has too. */
export const untranslatedFooterPages: ContentCheck = (content) =>
  otherLanguages(content).flatMap((language) => {
    const has = (id: string, inLanguage: Language) => entriesIn(content.pages, inLanguage, firstLanguage(content)).some((p) => p.id === id);
    return FOOTER_PAGES.filter((id) => has(id, firstLanguage(content)) && !has(id, language)).map((page) => ({
      file: `content/pages/${language}/${page}.md`,
      field: '(file)',
      message: `is missing: every page in ${language} links to it from its footer; translate content/pages/${page}.md into it`,
    }));
  });

/** The clinic's own lines every page shows, which each other language needs in its words. */
export function clinicWordsNeeded(clinic: ContentSet['clinic']) {
  return ['tagline', 'description', 'payment', 'cancellationSummary', ...(clinic.directBilling ? (['directBilling'] as const) : [])] as const;
}

/** The clinic's own lines (tagline, description…) are in every language. */
export const untranslatedClinicWords: ContentCheck = (content) =>
  otherLanguages(content).flatMap((language) => {
    const given = content.clinic.translations?.[language] ?? {};
    return clinicWordsNeeded(content.clinic)
      .filter((field) => !given[field])
      .map((field) => ({ file: 'content/clinic.yaml', field: `translations.${language}.${field}`, message: `is required: the site is also in ${language} (languages), and its pages show this line in ${language}` }));
  });

/** With content/locations/, a place's words in another language are in its own file: never in clinic.yaml, where nothing would show them. */
export const placeWordsInTheClinicFile: ContentCheck = (content) => {
  if (content.locations.length === 0) return [];
  return otherLanguages(content).flatMap((language) => {
    const given = content.clinic.translations?.[language] ?? {};
    return (['parking', 'transit', 'premisesAccessibility', 'specialHours', 'photoAlts'] as const)
      .filter((field) => given[field] !== undefined)
      .map((field) => ({ file: 'content/clinic.yaml', field: `translations.${language}.${field}`, message: `the clinic's locations are in content/locations/: move this into each location's file, under translations.${language}.${field}, so that it is shown` }));
  });
};

/**
 * Each place as a page in another language shows it: its words in that language
 * (clinic.yaml where its one place is there, else each location's file).
 * The site's views (src/data/site.ts) show what this checks.
 */
export function placesInLanguage(content: ContentSet, language: Language) {
  const { locations } = resolveLocations(content.clinic, content.locations);
  return locations.map((location) => {
    const entry = content.locations.find((e) => e.id === location.id);
    return placeInLanguage(location, entry ? entry.data.translations?.[language] : content.clinic.translations?.[language], {
      file: entry?.filePath ?? 'content/clinic.yaml',
      language,
      upcoming: upcomingSpecialHours(location.specialHours, content.now, content.clinic.timeZone),
      hasIntro: Boolean(entry?.body?.trim()),
    });
  });
}

/** Every word a place's page shows in another language is there. */
export const untranslatedPlaceWords: ContentCheck = (content) => otherLanguages(content).flatMap((language) => placesInLanguage(content, language).flatMap((place) => place.problems));

/** Every check across entries, in the order their problems are listed. */
export const CONTENT_CHECKS: readonly ContentCheck[] = [
  brokenReferences,
  offeringsListedOnOneSide,
  placeProblems,
  offeringsWithoutAPlace,
  unfinishedArticles,
  missingBookingRefs,
  futureReviews,
  filesInUnlistedLanguages,
  untranslatedLinks,
  untranslatedFooterPages,
  untranslatedClinicWords,
  placeWordsInTheClinicFile,
  untranslatedPlaceWords,
];

/** Every problem across the content, in one pass. */
export function checkContent(content: ContentSet): ContentProblem[] {
  return CONTENT_CHECKS.flatMap((check) => check(content));
}
