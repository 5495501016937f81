/**
 * The one door to the clinic's content for pages and layouts: loads every
 * collection once, checks references across them, and returns them sorted.
 * A broken reference fails the build here, naming the file and the field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { folderHasEntries } from '../loaders/folder-entries';
import { checkReferences, ContentError, offeringsThatDisagree, offeringsWithNoPlace, type ContentProblem, type EntryForCheck, type Ref } from '../lib/content-integrity';
import { platformNeedsServiceRef } from '../lib/booking';
import { placeInLanguage, resolveLocations, type Location } from '../lib/locations';
import { upcomingSpecialHours } from '../lib/hours';
import { calendarDateAt } from '../lib/dates';
import { bodyWords, readingMinutes } from '../lib/reading-time';
import { buildMoment, isPreviewBuild, publicationState, reviewsInTheFuture, type PublicationState } from '../lib/publishing';
import { relatedArticles, type RelatableArticle } from '../lib/related';
import { DEFAULT_LANGUAGES } from '../lib/clinic-settings';
import { isLanguage, LANGUAGES, type Language } from '../lib/i18n';
import { pathOf, type PageRef } from '../lib/page-ref';
import { languageSegment } from '../lib/urls';
import { FOOTER_PAGES } from '../lib/navigation';
import { entriesIn, untranslatedReferences, unlistedLanguageFiles, type TranslatedEntry } from '../lib/translations';

export type ClinicEntry = CollectionEntry<'clinic'>;
export type LocationEntry = CollectionEntry<'locations'>;
export type { Location };
export type Clinic = ClinicEntry['data'];
export type ServiceEntry = CollectionEntry<'services'>;
export type TherapistEntry = CollectionEntry<'therapists'>;
export type ArticleEntry = CollectionEntry<'articles'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type PageEntry = CollectionEntry<'pages'>;
export type TestimonialEntry = CollectionEntry<'testimonials'>;

export interface Site {
  /**
   * The language of this view of the site: the interface of its pages and the entries
   * they show (content/<collection>/<code>/ for a second language, keyed by file name).
   */
  language: Language;
  /** The clinic's languages (clinic.yaml), the first at the site's root. */
  languages: Language[];
  /** The clinic's facts, its own words (tagline, description…) in this language. */
  clinic: Clinic;
  /**
   * Where the clinic is: one location (its facts in clinic.yaml, or one file in
   * content/locations/), or several, each with a page of its own. In their order.
   */
  locations: Location[];
  /** The moment this build publishes for: now, or SITE_NOW to preview a later day. */
  now: Date;
  /** A preview build (SITE_PREVIEW=1, for a pull request): unpublished articles shown under a banner, nothing indexed. */
  preview: boolean;
  services: ServiceEntry[];
  therapists: TherapistEntry[];
  /** The articles pages show, newest first: the published ones, and drafts and scheduled ones too in `astro dev` and a preview. */
  articles: ArticleEntry[];
  /** Published articles only, newest first, whatever the build: what feeds and the search index list. */
  publishedArticles: ArticleEntry[];
  /** Whether an article is published, scheduled or a draft at the moment the build publishes for. */
  stateOf(article: ArticleEntry): PublicationState;
  topics: TopicEntry[];
  pages: PageEntry[];
  /** Empty unless the clinic's regulator allows testimonials (clinic.jurisdiction.testimonialsAllowed). */
  testimonials: TestimonialEntry[];
  /**
   * Changes whenever anything a page could show changes: every entry of every
   * collection (data and body), which articles are published, and the day the
   * build publishes for. Given to Astro's incremental build as each page's
   * cacheKey: a rebuild with none of these changed copies the pages from the
   * last build instead of rendering them; any change renders every page again.
   */
  cacheKey: string;
}

const byOrder = (a: { id: string; data: { order: number } }, b: { id: string; data: { order: number } }) =>
  a.data.order - b.data.order || a.id.localeCompare(b.id);

/** Lines before an MDX body (frontmatter and its fences), so that body line numbers match the file. */
function frontmatterLines(entry: EntryForCheck): number {
  if (!entry.filePath || entry.body === undefined) return 0;
  try {
    const source = readFileSync(entry.filePath, 'utf8');
    const at = source.indexOf(entry.body);
    return at > 0 ? source.slice(0, at).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

/** One digest of every file in content/, names and bytes. */
function contentFilesDigest(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(`${file.slice(dir.length)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

async function loadSites(): Promise<Map<Language, Site>> {
  const [clinicEntries, locationEntries, services, therapists, allArticles, topics, pages, allTestimonials] = await Promise.all([
    getCollection('clinic'),
    // Most clinics have one place, in clinic.yaml: no content/locations/ to ask for.
    folderHasEntries(join(process.cwd(), 'content'), 'locations') ? getCollection('locations') : Promise.resolve([] as LocationEntry[]),
    getCollection('services'),
    getCollection('therapists'),
    getCollection('articles'),
    getCollection('topics'),
    getCollection('pages'),
    getCollection('testimonials'),
  ]);
  const clinic = clinicEntries[0];
  if (!clinic || clinicEntries.length !== 1) {
    throw new ContentError([{ file: 'content/clinic.yaml', field: '(file)', message: 'exactly one clinic file is expected at content/clinic.yaml' }]);
  }

  const known = {
    locations: new Set(locationEntries.map((l) => l.id)),
    services: new Set(services.map((s) => s.id)),
    therapists: new Set(therapists.map((t) => t.id)),
    articles: new Set(allArticles.map((a) => a.id)),
    topics: new Set(topics.map((t) => t.id)),
  };
  const forCheck: EntryForCheck[] = [
    ...services.map((s) => ({ id: s.id, filePath: s.filePath, body: s.body, refs: { therapists: s.data.therapists as Ref[], topics: s.data.topics as Ref[], locations: s.data.locations as Ref[] } })),
    ...therapists.map((t) => ({ id: t.id, filePath: t.filePath, body: t.body, refs: { services: t.data.services as Ref[], locations: t.data.locations as Ref[] } })),
    ...allArticles.map((a) => ({
      id: a.id,
      filePath: a.filePath,
      body: a.body,
      refs: {
        author: a.data.author as Ref,
        reviewer: a.data.reviewer as Ref | undefined,
        services: a.data.services as Ref[],
        topics: a.data.topics as Ref[],
      },
    })),
    ...allTestimonials.map((t) => ({ id: t.id, filePath: t.filePath, refs: { service: t.data.service as Ref | undefined } })),
    ...pages.map((p) => ({ id: p.id, filePath: p.filePath, body: p.body, refs: {} })),
  ];
  const problems: ContentProblem[] = checkReferences(forCheck, known, frontmatterLines);
  // Translations (fr/) carry the same lists as the file they translate: the first language's files say it.
  const rootLanguage = (clinic.data.languages ?? DEFAULT_LANGUAGES)[0]!;
  problems.push(
    ...offeringsThatDisagree(
      entriesIn(therapists, rootLanguage, rootLanguage).map((t) => ({ id: t.id, filePath: t.filePath, services: t.data.services })),
      entriesIn(services, rootLanguage, rootLanguage).map((s) => ({ id: s.id, filePath: s.filePath, therapists: s.data.therapists })),
    ),
  );
  const { locations, problems: locationProblems } = resolveLocations(clinic.data, locationEntries);
  problems.push(...locationProblems);
  problems.push(
    ...offeringsWithNoPlace(
      entriesIn(therapists, rootLanguage, rootLanguage).map((t) => ({ id: t.id, filePath: t.filePath, services: t.data.services, locations: t.data.locations })),
      entriesIn(services, rootLanguage, rootLanguage).map((s) => ({ id: s.id, filePath: s.filePath, locations: s.data.locations })),
      locations.map((l) => l.id),
    ),
  );
  // A finished article must not go out with the scaffold's placeholders still in it.
  for (const a of allArticles.filter((a) => !a.data.draft)) {
    const field = [
      ['title', a.data.title],
      ['description', a.data.description],
      ['body', a.body ?? ''],
    ].find(([, value]) => /\bTODO\b/.test(value!))?.[0];
    if (field) problems.push({ file: a.filePath ?? a.id, field: field!, message: 'still has a TODO placeholder: finish it, or keep draft: true until it is ready' });
  }
  const { platform } = clinic.data.booking;
  if (platformNeedsServiceRef(platform)) {
    for (const s of services.filter((s) => !s.data.bookingRef)) {
      problems.push({
        file: s.filePath ?? `content/services/${s.id}.md`,
        field: 'bookingRef',
        message: `is required: the booking platform "${platform}" (content/clinic.yaml) opens a service from its id; copy the service's id from ${platform}`,
      });
    }
  }
  const now = buildMoment(process.env['SITE_NOW']);
  problems.push(...reviewsInTheFuture(allArticles, now, clinic.data.timeZone));
  if (problems.length > 0) throw new ContentError(problems);

  // Drafts and scheduled articles show in `astro dev` and previews only. The mode, not NODE_ENV: a build run from a test runner is still a production build.
  const preview = isPreviewBuild(process.env['SITE_PREVIEW']);
  const showsUnpublished = import.meta.env.MODE === 'development' || preview;
  const state = (a: ArticleEntry) => publicationState(a.data, now, clinic.data.timeZone);
  const scheduled = allArticles.filter((a) => state(a) === 'scheduled').sort((a, b) => a.data.publishedDate.getTime() - b.data.publishedDate.getTime());
  if (scheduled.length > 0 && !showsUnpublished) {
    console.log(
      `[publishing] ${scheduled.length} scheduled article${scheduled.length === 1 ? '' : 's'}, not published yet:\n` +
        scheduled.map((a) => `  ${a.filePath}: appears on ${a.data.publishedDate.toISOString().slice(0, 10)} (${clinic.data.timeZone})`).join('\n'),
    );
  }
  const articles = allArticles
    .filter((a) => showsUnpublished || state(a) === 'published')
    .sort((a, b) => b.data.publishedDate.getTime() - a.data.publishedDate.getTime() || a.id.localeCompare(b.id));

  const digestOf = (e: { collection: string; id: string; data: unknown; body?: string | undefined; digest?: string | number | undefined }) =>
    `${e.collection}/${e.id}:${e.digest ?? JSON.stringify([e.data, e.body])}`;
  const cacheKey = createHash('sha256')
    .update(JSON.stringify({
      entries: [...clinicEntries, ...locationEntries, ...services, ...therapists, ...allArticles, ...topics, ...pages, ...allTestimonials].map(digestOf).sort(),
      // Every file's bytes: an image replaced under the same name changes no entry's data.
      files: contentFilesDigest(join(process.cwd(), 'content')),
      published: articles.map((a) => a.id),
      // The clinic's own date, not UTC's: a holiday that passed at its midnight leaves every page.
      day: calendarDateAt(now, clinic.data.timeZone),
    }))
    .digest('hex');

  const languages: Language[] = [...(clinic.data.languages ?? DEFAULT_LANGUAGES)];
  const root = languages[0]!;
  const collections = { services, therapists, articles, topics, pages, testimonials: allTestimonials } as const;
  const languageProblems: ContentProblem[] = Object.entries(collections).flatMap(([folder, entries]) => unlistedLanguageFiles(entries, languages, folder));
  const sites = new Map<Language, Site>();
  for (const language of languages) {
    const inLanguage = <E extends { id: string }>(entries: E[]) => entriesIn(entries, language, root);
    const view = {
      services: inLanguage(services).sort(byOrder),
      therapists: inLanguage(therapists).sort(byOrder),
      articles: inLanguage(articles),
      publishedArticles: inLanguage(articles).filter((a) => state(a) === 'published'),
      topics: inLanguage(topics).sort(byOrder),
      pages: inLanguage(pages),
      testimonials: clinic.data.jurisdiction.testimonialsAllowed ? inLanguage(allTestimonials).sort((a, b) => b.data.date.getTime() - a.data.date.getTime()) : [],
    };
    let words: Partial<Clinic> = {};
    let localLocations = locations;
    if (language !== root) {
      // Every page in a second language links only to pages in that language.
      const ids = (entries: Array<{ id: string }>) => new Set(entries.map((e) => e.id));
      const known = { services: ids(view.services), therapists: ids(view.therapists), topics: ids(view.topics) };
      const refsOf = (field: string, collection: string, refs: ReadonlyArray<{ id: string }> | { id: string } | undefined) => ({ field, collection, ids: refs === undefined ? [] : 'id' in refs ? [refs.id] : refs.map((r) => r.id) });
      const translated: TranslatedEntry[] = [
        ...inLanguage(allArticles).map((a) => ({ id: a.id, filePath: a.filePath, refs: [refsOf('author', 'therapists', a.data.author), refsOf('reviewer', 'therapists', a.data.reviewer), refsOf('services', 'services', a.data.services), refsOf('topics', 'topics', a.data.topics)] })),
        ...view.services.map((s) => ({ id: s.id, filePath: s.filePath, refs: [refsOf('therapists', 'therapists', s.data.therapists), refsOf('topics', 'topics', s.data.topics)] })),
        ...view.therapists.map((t) => ({ id: t.id, filePath: t.filePath, refs: [refsOf('services', 'services', t.data.services)] })),
      ];
      languageProblems.push(...untranslatedReferences(translated, language, known));
      // Every footer in this language links to these pages; the build's link check would only say a link is broken.
      for (const page of FOOTER_PAGES.filter((id) => pages.some((p) => p.id === id) && !view.pages.some((p) => p.id === id))) {
        languageProblems.push({ file: `content/pages/${language}/${page}.md`, field: '(file)', message: `is missing: every page in ${language} links to it from its footer; translate content/pages/${page}.md into it` });
      }
      // The clinic's own words, and where its one place is in clinic.yaml, how to get there, in this language.
      type Words = NonNullable<NonNullable<Clinic['translations']>[Language]>;
      const given: Words = clinic.data.translations?.[language] ?? {};
      const needed = ['tagline', 'description', 'payment', 'cancellationSummary', ...(clinic.data.directBilling ? (['directBilling'] as const) : [])] as const;
      for (const field of needed) {
        if (!given[field]) languageProblems.push({ file: 'content/clinic.yaml', field: `translations.${language}.${field}`, message: `is required: the site is also in ${language} (languages), and its pages show this line in ${language}` });
      }
      words = Object.fromEntries(needed.map((field) => [field, given[field]]));
      // Each place's words in this language: from clinic.yaml where its one place is there, else from each location's file.
      if (locationEntries.length > 0) {
        for (const field of (['parking', 'transit', 'premisesAccessibility', 'specialHours'] as const).filter((f) => given[f] !== undefined)) {
          languageProblems.push({ file: 'content/clinic.yaml', field: `translations.${language}.${field}`, message: `the clinic's locations are in content/locations/: move this into each location's file, under translations.${language}.${field}, so that it is shown` });
        }
      }
      localLocations = locations.map((location) => {
        const entry = locationEntries.find((e) => e.id === location.id);
        const translated = placeInLanguage(location, entry ? entry.data.translations?.[language] : given, {
          file: entry?.filePath ?? 'content/clinic.yaml',
          language,
          upcoming: upcomingSpecialHours(location.specialHours, now, clinic.data.timeZone),
          hasIntro: Boolean(entry?.body?.trim()),
        });
        languageProblems.push(...translated.problems);
        return translated.location;
      });
    }
    sites.set(language, {
      cacheKey,
      language,
      languages,
      clinic: { ...clinic.data, ...words },
      locations: localLocations,
      now,
      preview,
      stateOf: state,
      ...view,
    });
  }
  if (languageProblems.length > 0) throw new ContentError(languageProblems);
  return sites;
}

let cached: Promise<Map<Language, Site>> | undefined;

/**
 * The site's content in one language, loaded and checked once per build: the page's
 * (Astro.currentLocale), or the site's first language when none is given.
 */
function allSites(): Promise<Map<Language, Site>> {
  // In dev, content changes between requests; in a build it is loaded once.
  return import.meta.env.MODE === 'development' ? loadSites() : (cached ??= loadSites());
}

export async function getSite(locale?: string): Promise<Site> {
  const sites = await allSites();
  const site = isLanguage(locale) ? sites.get(locale) : undefined;
  return site ?? sites.values().next().value!;
}

/** Articles per page of the article list: a screenful of cards on a laptop, three rows on desktop. */
export const ARTICLES_PER_PAGE = 12;

/** Does this language's site have this page (the same kind, of the same entry)? */
export function hasPage(site: Site, ref: PageRef): boolean {
  const has = (entries: Array<{ id: string }>, id: string) => entries.some((e) => e.id === id);
  switch (ref.kind) {
    case 'service':
      return has(site.services, ref.id);
    case 'therapist':
      return has(site.therapists, ref.id);
    case 'article':
      return has(site.articles, ref.id);
    case 'topic':
      return has(site.topics, ref.id);
    case 'page':
      return has(site.pages, ref.id);
    case 'location':
      return site.locations.length > 1 && has(site.locations, ref.id);
    case 'articles':
      return ref.page === 1 || ref.page <= Math.ceil(site.articles.length / ARTICLES_PER_PAGE);
    // One page answers every missing address, in every language at once; the editor is one page too.
    case 'not-found':
    case 'editor':
      return false;
    default:
      return true;
  }
}

/**
 * This page in every language it exists in (its own included), with each language's locale
 * and path: the hreflang alternates of its head and sitemap entry, and where the language
 * switcher leads. One entry for a page in one language.
 */
export async function pageInLanguages(ref: PageRef): Promise<Array<{ language: Language; locale: string; path: string }>> {
  const sites = [...(await allSites()).values()];
  const first = sites[0]!.language;
  return sites
    .filter((site) => hasPage(site, ref))
    .map((site) => ({ language: site.language, locale: LANGUAGES[site.language].locale, path: pathOf({ ...ref, language: site.language }, first) }));
}

/** The clinic's languages after the first: each has its pages under /<code>/. */
export async function otherLanguages(): Promise<Language[]> {
  return (await getSite()).languages.slice(1);
}

/**
 * A route's pages in every language of the clinic: the route (src/pages/[...lang]/…)
 * lists one language's pages, and each is published under that language's segment,
 * none for the first language and /<code>/ for each other (the `lang` parameter).
 */
export function inEveryLanguage<O, P extends { params: Record<string, string | number | undefined> }>(pagesIn: (options: O, language: Language, lang: string | undefined) => Promise<P[]> | P[]) {
  return async (options: O) => {
    const { languages } = await getSite();
    const perLanguage = await Promise.all(
      languages.map(async (language) => {
        const lang = languageSegment(language, languages[0]!);
        return (await pagesIn(options, language, lang)).map((path) => ({ ...path, params: { ...path.params, lang } }));
      }),
    );
    return perLanguage.flat();
  };
}

/** The getStaticPaths of a page the site has once in each language: the home page, the booking hub, the lists. */
export const oncePerLanguage = inEveryLanguage(async (_options: unknown, language) => [{ params: {}, cacheKey: (await getSite(language)).cacheKey }]);

/** Looks up an entry by id, failing with the id and where it was asked for when there is none. */
export function findById<T extends { id: string }>(entries: T[], id: string, what: string, askedBy: string): T {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`${askedBy}: no ${what} "${id}" (known: ${entries.map((e) => e.id).join(', ')})`);
  return found;
}

/** The entries a list of references points to, in the list's order. */
export function resolveRefs<T extends { id: string }>(refs: ReadonlyArray<{ id: string }>, entries: T[]): T[] {
  return refs.map((ref) => entries.find((e) => e.id === ref.id)).filter((e): e is T => e !== undefined);
}

/** Does an entry's list of references include this id? */
export function refersTo(refs: ReadonlyArray<{ id: string }>, id: string): boolean {
  return refs.some((ref) => ref.id === id);
}

const relatable = new WeakMap<ArticleEntry[], Array<RelatableArticle & { entry: ArticleEntry }>>();

/** Up to three articles related to this one (shared topics and services first, then newest). */
export function relatedTo(article: ArticleEntry, articles: ArticleEntry[]): ArticleEntry[] {
  const toRelatable = (a: ArticleEntry) => ({
    id: a.id,
    publishedDate: a.data.publishedDate,
    topics: a.data.topics.map((t) => t.id),
    services: a.data.services.map((s) => s.id),
    entry: a,
  });
  // Mapped once per list, not once per page: a site of a thousand articles renders a thousand pages.
  let all = relatable.get(articles);
  if (!all) {
    all = articles.map(toRelatable);
    relatable.set(articles, all);
  }
  return relatedArticles(toRelatable(article), all).map((r) => r.entry);
}

/** The article's last change: its updated date, or its published date when it has none. */
export function articleUpdated(article: ArticleEntry): Date {
  return article.data.updatedDate ?? article.data.publishedDate;
}

// By file and language: an article and its translation share an id (the file name) but not their words.
const readingOf = new Map<string, { words: number; minutes: number }>();
/** Words of the article's body and whole minutes to read them at the rate of the page's language: one count for its byline, its cards and its structured data. */
export function articleReading(article: ArticleEntry, language: Language): { words: number; minutes: number } {
  const key = `${article.filePath ?? article.id} ${language}`;
  let reading = readingOf.get(key);
  // In dev the body changes between requests: count again when it has.
  if (!reading || import.meta.env.MODE === 'development') {
    const words = bodyWords(article.body ?? '');
    reading = { words, minutes: readingMinutes(words, language) };
    readingOf.set(key, reading);
  }
  return reading;
}
