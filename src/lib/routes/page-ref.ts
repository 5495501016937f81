/**
 * What a page is: its kind, the entry it shows, its language and the content file
 * it is made from. Each route makes its page's reference when it renders it
 * (src/data/page-context.ts records it on Astro.locals), and what needs to know a
 * page (its versions in other languages, the section it belongs to, the article a
 * booking box is in, the file a broken link is written in) reads the reference:
 * nothing reads a page's kind back out of its address.
 */
import type { Language } from '../i18n/languages.ts';
import { pathsInLanguage, type SitePaths } from './urls.ts';

/** What one kind of page is, as a row of PAGE_KINDS. */
export interface PageKind {
  /** Its address in a language, from that language's paths (src/lib/routes/urls.ts). */
  path: (paths: SitePaths, page: { id: string; page: number }) => string;
  /** The list it belongs to: the navigation marks that list's link as current. The home page when left out. */
  section?: 'services' | 'therapists' | 'articles' | 'topics' | 'locations';
  /** A page per entry of this collection (in each language, the entries of that language): which languages have the page. */
  collection?: 'services' | 'therapists' | 'articles' | 'topics' | 'locations' | 'pages';
  /** One page for every language at once, with no versions in other languages. */
  oneForAllLanguages?: true;
}

/**
 * Every kind of page the site has, one row each. A new kind is a route in
 * src/pages/[...lang]/ (which says `pageContext(Astro, { kind })`) and a row here;
 * its words go in src/i18n/, and a new address in `paths` (urls.ts).
 */
export const PAGE_KINDS = {
  home: { path: (p) => p.home() },
  services: { path: (p) => p.services(), section: 'services' },
  service: { path: (p, { id }) => p.service(id), section: 'services', collection: 'services' },
  therapists: { path: (p) => p.therapists(), section: 'therapists' },
  therapist: { path: (p, { id }) => p.therapist(id), section: 'therapists', collection: 'therapists' },
  /** The article list, page by page (1 is /articles/). */
  articles: { path: (p, { page }) => (page > 1 ? `${p.articles()}${page}/` : p.articles()), section: 'articles' },
  article: { path: (p, { id }) => p.article(id), section: 'articles', collection: 'articles' },
  topics: { path: (p) => p.topics(), section: 'topics' },
  topic: { path: (p, { id }) => p.topic(id), section: 'topics', collection: 'topics' },
  locations: { path: (p) => p.locations(), section: 'locations' },
  location: { path: (p, { id }) => p.location(id), section: 'locations', collection: 'locations' },
  /** A page of content/pages/: about, first visit, policies. */
  page: { path: (p, { id }) => p.page(id), collection: 'pages' },
  book: { path: (p) => p.book() },
  contact: { path: (p) => p.contact() },
  search: { path: (p) => p.search() },
  /** One page answers every missing address, in every language at once. */
  'not-found': { path: () => '/404.html', oneForAllLanguages: true },
  editor: { path: () => '/admin/', oneForAllLanguages: true },
} as const satisfies Record<string, PageKind>;

type Kinds = typeof PAGE_KINDS;
/** The pages of one kind that show one entry of a collection. */
export type EntryKind = { [K in keyof Kinds]: Kinds[K] extends { collection: string } ? K : never }[keyof Kinds];
/** The pages the site has once per language. */
export type FixedKind = Exclude<keyof Kinds, EntryKind>;

export type PageRef = { language: Language } & (
  | { kind: EntryKind; id: string; /** The content file the page is made from, as the clinic knows it: "content/articles/x.mdx". */ source: string | undefined }
  | { kind: Exclude<FixedKind, 'articles'> }
  /** The article list, page by page (1 is /articles/). */
  | { kind: 'articles'; page: number }
);

/** A page's reference without its language, which the page context adds (Astro knows it from its i18n routing). */
export type PageRefIn = PageRef extends infer R ? (R extends PageRef ? Omit<R, 'language'> : never) : never;

/** The row of a page's kind. */
export function kindOf(ref: PageRef): PageKind {
  return PAGE_KINDS[ref.kind];
}

/** The address of a page, in its language ("" prefix for the site's first language, "/fr" for French). */
export function pathOf(ref: PageRef, firstLanguage: Language): string {
  return kindOf(ref).path(pathsInLanguage(ref.language, firstLanguage), { id: 'id' in ref ? ref.id : '', page: 'page' in ref ? ref.page : 1 });
}

/** The list a page belongs to, in its language: a service's is the services page, an article's the article list; the home page for the rest. */
export function sectionOf(ref: PageRef): PageRef {
  const { language } = ref;
  const { section } = kindOf(ref);
  if (section === 'articles') return { language, kind: 'articles', page: 1 };
  return { language, kind: section ?? 'home' };
}

/** The content file a page is made from, where one is: "content/articles/fr/x.mdx". */
export function sourceFile(ref: PageRef | undefined): string | undefined {
  return ref && 'source' in ref ? ref.source : undefined;
}
