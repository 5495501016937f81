/**
 * Which internal references of a built site do not resolve: links (with their
 * #fragments), stylesheets, images and srcsets, scripts. Pure: what exists is
 * asked of a lookup, so the build (from the pages it rendered) and the audit
 * (from dist/) share one rule.
 */
import { builtFileForPath } from '../seo/sitemap.ts';

export interface BrokenReference {
  page: string;
  reference: string;
  why: string;
}

export interface SiteLookup {
  /** What a built file path ("/a/index.html", "/logo.svg") is: a file, a folder, or nothing. */
  kindOf(file: string): 'file' | 'folder' | 'none';
  /** The ids in the HTML file at that path. */
  idsOf(file: string): ReadonlySet<string>;
}

/** References that leave the site, or are not addresses of files at all. */
const OFFSITE = /^(?:https?:|mailto:|tel:|data:|\/\/)/i;

/**
 * Every internal reference that does not resolve, page by page, in the pages' order.
 * `siteOrigin` is the site's own address: absolute links to it are internal links too.
 */
export function brokenReferences(pages: Iterable<{ path: string; references: readonly string[] }>, site: SiteLookup, siteOrigin?: string): BrokenReference[] {
  const broken: BrokenReference[] = [];
  for (const { path: page, references } of pages) {
    const ownFile = builtFileForPath(page);
    for (const ref of references) {
      if (!ref) continue;
      const own = siteOrigin !== undefined && /^https?:/i.test(ref) && new URL(ref).origin === siteOrigin;
      if (!own && OFFSITE.test(ref)) continue;
      const url = new URL(ref, `http://site${page}`);
      const target = ref.startsWith('#') ? ownFile : builtFileForPath(url.pathname);
      const kind = site.kindOf(target);
      if (kind === 'none') {
        broken.push({ page, reference: ref, why: 'no such file in dist/' });
        continue;
      }
      if (kind === 'folder') {
        // A static host answers /services with a redirect at best, a 404 at worst.
        broken.push({ page, reference: ref, why: `is a folder: end the link with a slash, ${url.pathname}/` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !site.idsOf(target).has(fragment)) broken.push({ page, reference: ref, why: `no element with id "${fragment}"` });
    }
  }
  return broken;
}
