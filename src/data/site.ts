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
import { ContentError, type EntryForCheck } from '../lib/content/integrity';
import { checkContent, clinicWordsNeeded, placesInLanguage, type ContentSet } from '../lib/content/checks';
import { resolveLocations, type Location } from '../lib/clinic/locations';
import { calendarDateAt } from '../lib/time/dates';
import { bodyWords, readingMinutes } from '../lib/content/reading-time';
import { buildMoment, isPreviewBuild, publicationState, type PublicationState } from '../lib/content/publishing';
import { relatedArticles, type RelatableArticle } from '../lib/content/related';
import { DEFAULT_LANGUAGES } from '../lib/clinic/settings';
import { isLanguage, LANGUAGES, type Language } from '../lib/i18n/languages';
import { kindOf, pathOf, type PageRef } from '../lib/routes/page-ref';
import { languageSegment } from '../lib/routes/urls';
import { entriesIn } from '../lib/i18n/translations';

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

/** Every collection as Astro parsed it, through its schema (src/content-schema.ts). */
async function loadContent() {
  const [clinicEntries, locations, services, therapists, articles, topics, pages, testimonials] = await Promise.all([
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
  const languages: Language[] = [...(clinic.data.languages ?? DEFAULT_LANGUAGES)];
  return { clinic: { ...clinic.data, languages }, clinicEntry: clinic, locations, services, therapists, articles, topics, pages, testimonials };
}
type Content = Awaited<ReturnType<typeof loadContent>>;

/**
 * Changes whenever anything a page could show changes (Site.cacheKey): every entry
 * (data and body), every file's bytes, which articles are published, and the day.
 */
function contentCacheKey(content: Content, published: ArticleEntry[], now: Date): string {
  const { clinicEntry, locations, services, therapists, articles, topics, pages, testimonials } = content;
  const digestOf = (e: { collection: string; id: string; data: unknown; body?: string | undefined; digest?: string | number | undefined }) =>
    `${e.collection}/${e.id}:${e.digest ?? JSON.stringify([e.data, e.body])}`;
  return createHash('sha256')
    .update(JSON.stringify({
      entries: [clinicEntry, ...locations, ...services, ...therapists, ...articles, ...topics, ...pages, ...testimonials].map(digestOf).sort(),
      // Every file's bytes: an image replaced under the same name changes no entry's data.
      files: contentFilesDigest(join(process.cwd(), 'content')),
      published: published.map((a) => a.id),
      // The clinic's own date, not UTC's: a holiday that passed at its midnight leaves every page.
      day: calendarDateAt(now, content.clinic.timeZone),
    }))
    .digest('hex');
}

/** Which articles the site shows, newest first, at the moment the build publishes for: the published ones, and in `astro dev` and a preview the rest too. */
function publishing(content: Content, now: Date) {
  const { clinic } = content;
  // The mode, not NODE_ENV: a build run from a test runner is still a production build.
  const preview = isPreviewBuild(process.env['SITE_PREVIEW']);
  const showsUnpublished = import.meta.env.MODE === 'development' || preview;
  const state = (a: ArticleEntry) => publicationState(a.data, now, clinic.timeZone);
  const scheduled = content.articles.filter((a) => state(a) === 'scheduled').sort((a, b) => a.data.publishedDate.getTime() - b.data.publishedDate.getTime());
  if (scheduled.length > 0 && !showsUnpublished) {
    console.log(
      `[publishing] ${scheduled.length} scheduled article${scheduled.length === 1 ? '' : 's'}, not published yet:\n` +
        scheduled.map((a) => `  ${a.filePath}: appears on ${a.data.publishedDate.toISOString().slice(0, 10)} (${clinic.timeZone})`).join('\n'),
    );
  }
  const articles = content.articles
    .filter((a) => showsUnpublished || state(a) === 'published')
    .sort((a, b) => b.data.publishedDate.getTime() - a.data.publishedDate.getTime() || a.id.localeCompare(b.id));
  return { preview, state, articles };
}

/** The content, checked once (src/lib/content/checks.ts), as one view per language. */
async function loadSites(): Promise<Map<Language, Site>> {
  const content = await loadContent();
  const now = buildMoment(process.env['SITE_NOW']);
  const checked: ContentSet = { ...content, now, linesBeforeBody: frontmatterLines };
  const problems = checkContent(checked);
  if (problems.length > 0) throw new ContentError(problems);

  const { preview, state, articles } = publishing(content, now);
  const cacheKey = contentCacheKey(content, articles, now);
  const { clinic, languages } = { clinic: content.clinic, languages: content.clinic.languages };
  const root = languages[0]!;
  const sites = new Map<Language, Site>();
  for (const language of languages) {
    const inLanguage = <E extends { id: string }>(entries: E[]) => entriesIn(entries, language, root);
    // The clinic's own words in this language (the checks made sure each is there).
    const words: Partial<Clinic> = language === root ? {} : Object.fromEntries(clinicWordsNeeded(clinic).map((field) => [field, clinic.translations?.[language]?.[field]]));
    sites.set(language, {
      cacheKey,
      language,
      languages,
      clinic: { ...clinic, ...words },
      locations: language === root ? resolveLocations(clinic, content.locations).locations : placesInLanguage(checked, language).map((place) => place.location),
      now,
      preview,
      stateOf: state,
      services: inLanguage(content.services).sort(byOrder),
      therapists: inLanguage(content.therapists).sort(byOrder),
      articles: inLanguage(articles),
      publishedArticles: inLanguage(articles).filter((a) => state(a) === 'published'),
      topics: inLanguage(content.topics).sort(byOrder),
      pages: inLanguage(content.pages),
      testimonials: clinic.jurisdiction.testimonialsAllowed ? inLanguage(content.testimonials).sort((a, b) => b.data.date.getTime() - a.data.date.getTime()) : [],
    });
  }
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
  const { collection, oneForAllLanguages } = kindOf(ref);
  if (oneForAllLanguages) return false;
  if (ref.kind === 'articles') return ref.page === 1 || ref.page <= Math.ceil(site.articles.length / ARTICLES_PER_PAGE);
  return collection === undefined || ('id' in ref && (site[collection] as Array<{ id: string }>).some((e) => e.id === ref.id));
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
    let words: number;
    try {
      words = bodyWords(article.body ?? '', article.filePath?.endsWith('.md') ? 'md' : 'mdx');
    } catch (error) {
      throw new ContentError([{ file: article.filePath ?? article.id, field: 'body', message: `cannot be read: ${(error as Error).message}` }]);
    }
    reading = { words, minutes: readingMinutes(words, language) };
    readingOf.set(key, reading);
  }
  return reading;
}
