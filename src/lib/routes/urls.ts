/** Where each kind of page lives. Every internal link is built here, so that a moved page is moved once. */
import { LANGUAGE_CODES } from '../i18n/languages.ts';

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

/** The route segment a language's pages live under (src/pages/[...lang]/): none for the site's first language, its code ("fr") for each other. */
export function languageSegment(language: string, firstLanguage: string): string | undefined {
  return language === firstLanguage ? undefined : language;
}

/** The paths of one language's pages. */
export function pathsInLanguage(language: string, firstLanguage: string): SitePaths {
  const segment = languageSegment(language, firstLanguage);
  return pathsUnder(segment === undefined ? '' : `/${segment}`);
}

/** An absolute URL on the site, from a path and the site's origin (Astro's `site`). */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).toString();
}

/** Is this href on the site itself (a path, not another origin or scheme)? */
export function isInternalHref(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/** First path segments the site's own routes and build files use: a content page cannot take one. */
export function reservedPageSegments(): Set<string> {
  const own = [paths.services(), paths.articles(), paths.therapists(), paths.topics(), paths.book(), paths.contact(), paths.search(), paths.locations(), paths.rss(), paths.ogImage()];
  return new Set([...own.map((path) => path.split('/')[1]!), ...LANGUAGE_CODES, '_astro', 'pagefind', '404', '404.html', 'robots.txt', 'sitemap-index.xml', 'sitemap-0.xml', 'favicon.svg']);
}
