/**
 * What the sitemap needs to know about a page: whether it may be indexed (no
 * robots noindex) and when its content last changed (the date its
 * og:updated_time also shows, from the content's own dates, never the build
 * time). A page's layout states both while it renders (Astro.locals.sitemap),
 * from the same values it writes into the page's head.
 */

export interface SitemapFacts {
  indexable: boolean;
  /** ISO date-time of the last content change, if the page knows it. */
  lastmod?: string | undefined;
  /** The page in each language it is in (itself included), and x-default: the sitemap's xhtml:link alternates, as in its head. */
  alternates?: Array<{ hreflang: string; href: string }> | undefined;
}

/** The built HTML file for a URL path in a directory-format build. */
export function builtFileForPath(pathname: string): string {
  const clean = decodeURIComponent(pathname);
  return clean.endsWith('/') ? `${clean}index.html` : clean;
}
