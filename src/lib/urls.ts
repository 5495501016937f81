/** Where each kind of page lives. Every internal link is built here, so that a moved page is moved once. */
import { LANGUAGE_CODES } from './i18n.ts';

/** The site's paths in its first language, at the root. */
export const paths = {
  home: () => '/',
  services: () => '/services/',
  service: (id: string) => `/services/${id}/`,
  articles: () => '/articles/',
  article: (id: string) => `/articles/${id}/`,
  therapists: () => '/therapists/',
  therapist: (id: string) => `/therapists/${id}/`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  book: () => '/book/',
  contact: () => '/contact/',
  search: () => '/search/',
  /** A clinic with several locations: their list, and each one's page. */
  locations: () => '/locations/',
  location: (id: string) => `/locations/${id}/`,
  /** A page from content/pages: "about", "policies/cancellation". */
  page: (id: string) => `/${id}/`,
  /** The image shown when a page is shared: per article, else the site's. */
  ogImage: (articleId?: string) => (articleId ? `/og/articles/${articleId}.png` : '/og/default.png'),
  rss: () => '/rss.xml',
  /** The editorial and medical-review policy, a section of the about page. */
  editorialPolicy: () => '/about/#editorial-and-medical-review-policy',
} as const;

export type SitePaths = typeof paths;

const under = new Map<string, SitePaths>();
/** The same paths under a language's prefix: "" for the site's first language, "/fr" for French. */
export function pathsUnder(prefix: string): SitePaths {
  if (prefix === '') return paths;
  let localized = under.get(prefix);
  if (!localized) {
    localized = Object.fromEntries(Object.entries(paths).map(([name, make]) => [name, (...args: never[]) => `${prefix}${(make as (...a: never[]) => string)(...args)}`])) as unknown as SitePaths;
    under.set(prefix, localized);
  }
  return localized;
}

/**
 * The language prefix of a page's path: "/fr" for /fr/…, "" for a page of the site's first
 * language (its pages are at the root, and no root page may be named after a language).
 */
export function languagePrefix(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return (LANGUAGE_CODES as readonly string[]).includes(first) ? `/${first}` : '';
}

/** The paths of the page's own language, from its address: a French page's links stay in French. */
export function pathsFor(url: URL): SitePaths {
  return pathsUnder(languagePrefix(url.pathname));
}

/** An absolute URL on the site, from a path and the site's origin (Astro's `site`). */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).toString();
}

/** Is this href on the site itself (a path, not another origin or scheme)? */
export function isInternalHref(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/** The article a path belongs to: `/articles/hip-balance/` → `hip-balance`; undefined elsewhere (and on list pages). */
export function articleIdFromPath(pathname: string): string | undefined {
  const match = /^\/articles\/([^/]+)\/?$/.exec(pathname.slice(languagePrefix(pathname).length));
  const id = match?.[1];
  return id && !/^\d+$/.test(id) ? decodeURIComponent(id) : undefined;
}

/** First path segments the site's own routes and build files use: a content page cannot take one. */
export function reservedPageSegments(): Set<string> {
  const own = [paths.services(), paths.articles(), paths.therapists(), paths.topics(), paths.book(), paths.contact(), paths.search(), paths.locations(), paths.rss(), paths.ogImage()];
  return new Set([...own.map((path) => path.split('/')[1]!), ...LANGUAGE_CODES, '_astro', 'pagefind', '404', '404.html', 'robots.txt', 'sitemap-index.xml', 'sitemap-0.xml', 'favicon.svg']);
}

/** What a path of the site shows: a fixed page, or one entry of a collection (or a page of the article list). */
export type RouteOf =
  | { kind: 'fixed' }
  | { kind: 'service' | 'therapist' | 'article' | 'topic' | 'page' | 'location'; id: string }
  | { kind: 'articles-page'; page: number };

/**
 * The route a path (without its language prefix) belongs to, read the way the routes
 * in src/pages/ are laid out: what decides whether the same page exists in another language.
 */
export function routeOf(path: string): RouteOf {
  const fixed = [paths.home(), paths.services(), paths.therapists(), paths.articles(), paths.topics(), paths.book(), paths.contact(), paths.search(), paths.locations()];
  if (fixed.includes(path as never)) return { kind: 'fixed' };
  const [first, second, ...rest] = path.split('/').filter(Boolean);
  if (second !== undefined && rest.length === 0) {
    if (first === 'articles') return /^\d+$/.test(second) ? { kind: 'articles-page', page: Number(second) } : { kind: 'article', id: decodeURIComponent(second) };
    const kinds = { services: 'service', therapists: 'therapist', topics: 'topic', locations: 'location' } as const;
    if (first! in kinds) return { kind: kinds[first as keyof typeof kinds], id: decodeURIComponent(second) };
  }
  return { kind: 'page', id: decodeURIComponent(path.replace(/^\/|\/$/g, '')) };
}

/** The list a page belongs to: a service's is the services page, an article's the article list; the home page for the rest. */
export function sectionOf(path: string): string {
  const route = routeOf(path);
  switch (route.kind) {
    case 'service':
      return paths.services();
    case 'therapist':
      return paths.therapists();
    case 'article':
    case 'articles-page':
      return paths.articles();
    case 'topic':
      return paths.topics();
    case 'location':
      return paths.locations();
    default:
      return paths.home();
  }
}

/** A path without its language prefix: /fr/services/x/ → /services/x/. */
export function withoutLanguage(pathname: string): string {
  return pathname.slice(languagePrefix(pathname).length) || '/';
}
