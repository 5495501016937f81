/**
 * What a page is: its kind, the entry it shows, its language and the content file
 * it is made from. Each route makes its page's reference when it renders it
 * (src/data/page-context.ts records it on Astro.locals), and what needs to know a
 * page (its versions in other languages, the section it belongs to, the article a
 * booking box is in, the file a broken link is written in) reads the reference:
 * nothing reads a page's kind back out of its address.
 */
import type { Language } from '../i18n/languages.ts';
import { pathsInLanguage } from './urls.ts';

/** The pages of one kind that show one entry of a collection. */
export type EntryKind = 'service' | 'therapist' | 'article' | 'topic' | 'location' | 'page';
/** The pages the site has once per language. */
export type FixedKind = 'home' | 'services' | 'therapists' | 'articles' | 'topics' | 'locations' | 'book' | 'contact' | 'search' | 'not-found' | 'editor';

export type PageRef = { language: Language } & (
  | { kind: EntryKind; id: string; /** The content file the page is made from, as the clinic knows it: "content/articles/x.mdx". */ source: string | undefined }
  | { kind: Exclude<FixedKind, 'articles'> }
  /** The article list, page by page (1 is /articles/). */
  | { kind: 'articles'; page: number }
);

/** A page's reference without its language, which the page context adds (Astro knows it from its i18n routing). */
export type PageRefIn = PageRef extends infer R ? (R extends PageRef ? Omit<R, 'language'> : never) : never;

/** The address of a page, in its language ("" prefix for the site's first language, "/fr" for French). */
export function pathOf(ref: PageRef, firstLanguage: Language): string {
  const paths = pathsInLanguage(ref.language, firstLanguage);
  switch (ref.kind) {
    case 'home':
      return paths.home();
    case 'services':
    case 'therapists':
    case 'topics':
    case 'locations':
    case 'book':
    case 'contact':
    case 'search':
      return paths[ref.kind]();
    case 'articles':
      return ref.page > 1 ? `${paths.articles()}${ref.page}/` : paths.articles();
    case 'service':
    case 'therapist':
    case 'article':
    case 'topic':
    case 'location':
    case 'page':
      return paths[ref.kind](ref.id);
    case 'not-found':
      return '/404.html';
    case 'editor':
      return '/admin/';
  }
}

/** The list a page belongs to, in its language: a service's is the services page, an article's the article list; the home page for the rest. */
export function sectionOf(ref: PageRef): PageRef {
  const { language } = ref;
  switch (ref.kind) {
    case 'service':
      return { language, kind: 'services' };
    case 'therapist':
      return { language, kind: 'therapists' };
    case 'article':
    case 'articles':
      return { language, kind: 'articles', page: 1 };
    case 'topic':
      return { language, kind: 'topics' };
    case 'location':
      return { language, kind: 'locations' };
    default:
      return { language, kind: 'home' };
  }
}

/** The content file a page is made from, where one is: "content/articles/fr/x.mdx". */
export function sourceFile(ref: PageRef | undefined): string | undefined {
  return ref && 'source' in ref ? ref.source : undefined;
}
