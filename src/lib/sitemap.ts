/**
 * What the sitemap needs to know about a built page, read from the page itself so
 * that the page stays the one source: whether it may be indexed (no robots
 * noindex) and when its content last changed (og:updated_time, set from the
 * content's own dates, never the build time).
 */

export interface SitemapFacts {
  indexable: boolean;
  /** ISO date-time of the last content change, if the page knows it. */
  lastmod?: string | undefined;
}

const metaContent = (html: string, attr: 'name' | 'property', key: string): string | undefined => {
  const tag = new RegExp(`<meta\\b[^>]*\\b${attr}="${key.replace(/[.:]/g, '\\$&')}"[^>]*>`, 'i').exec(html)?.[0];
  return tag ? /\bcontent="([^"]*)"/i.exec(tag)?.[1] : undefined;
};

export function sitemapFactsFromHtml(html: string): SitemapFacts {
  const robots = metaContent(html, 'name', 'robots') ?? '';
  const lastmod = metaContent(html, 'property', 'og:updated_time');
  return { indexable: !/\bnoindex\b/i.test(robots), lastmod };
}

/** The built HTML file for a URL path in a directory-format build. */
export function builtFileForPath(pathname: string): string {
  const clean = decodeURIComponent(pathname);
  return clean.endsWith('/') ? `${clean}index.html` : clean;
}
