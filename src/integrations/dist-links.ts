/**
 * The built site in dist/ as files: its HTML pages, their URL paths, and what
 * exists there for the link check (src/lib/hosting/links.ts). The audit checks a built
 * dist/ with it; the build checks the pages it rendered.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brokenReferences, type BrokenReference, type SiteLookup } from '../lib/hosting/links.ts';
import { scanPage } from '../lib/hosting/page-scan.ts';

export function htmlFiles(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) found.push(full);
    }
  };
  walk(dist);
  return found.sort();
}

/** The URL path of a built HTML file: dist/a/index.html → /a/ */
export function pathOf(dist: string, file: string): string {
  const rel = '/' + relative(dist, file).split('\\').join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** Where the content editor lives: a page for staff, not visitors (kept out of the sitemap, search, feeds and the public pages' checks). */
export const EDITOR_PATH = '/admin/';

/** Every public page of a built site, as URL paths ("/", "/services/", "/404.html"): all HTML pages but the editor's. */
export function publicPaths(dist: string): string[] {
  return htmlFiles(dist)
    .map((file) => pathOf(dist, file))
    .filter((path) => !path.startsWith(EDITOR_PATH));
}

/**
 * What exists in a built dist/: files and folders (asked of the file system once
 * per path) and the ids of its HTML pages, from `idsOf` where the caller already
 * knows them, else read and scanned once.
 */
export function distLookup(dist: string, knownIds: (file: string) => ReadonlySet<string> | undefined = () => undefined): SiteLookup {
  const kinds = new Map<string, 'file' | 'folder' | 'none'>();
  const ids = new Map<string, ReadonlySet<string>>();
  return {
    kindOf(file) {
      let kind = kinds.get(file);
      if (!kind) {
        try {
          kind = statSync(join(dist, file)).isDirectory() ? 'folder' : 'file';
        } catch {
          kind = 'none';
        }
        kinds.set(file, kind);
      }
      return kind;
    },
    idsOf(file) {
      let found = knownIds(file) ?? ids.get(file);
      if (!found) ids.set(file, (found = new Set(scanPage(readFileSync(join(dist, file), 'utf8'), '').ids)));
      return found;
    },
  };
}

/**
 * Every internal reference in a built dist/ that does not resolve to a built file (and #fragment).
 * `siteOrigin` is the site's own address: absolute links to it are internal links too.
 */
export function brokenReferencesInDist(dist: string, siteOrigin?: string): BrokenReference[] {
  const pages = htmlFiles(dist).map((file) => ({ path: pathOf(dist, file), references: scanPage(readFileSync(file, 'utf8'), siteOrigin ?? '').references }));
  return brokenReferences(pages, distLookup(dist), siteOrigin);
}
