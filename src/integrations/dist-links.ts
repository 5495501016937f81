/**
 * Checks that every internal reference in the built site resolves: links (with
 * their #fragments), stylesheets, images and srcsets, scripts. Used by the audit.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'cheerio';

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

function targetFile(dist: string, pathname: string): string {
  const clean = decodeURIComponent(pathname);
  return clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
}

export interface BrokenReference {
  page: string;
  reference: string;
  why: string;
}

/** What is at a path in dist/: a file, a folder, or nothing. */
function kindOf(path: string): 'file' | 'folder' | 'none' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'none';
  }
}

/**
 * Every internal reference that does not resolve to a built file (and #fragment).
 * `siteOrigin` is the site's own address: absolute links to it are internal links too.
 */
export function brokenReferences(dist: string, siteOrigin?: string): BrokenReference[] {
  const broken: BrokenReference[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idsCache.has(file)) {
      const $ = load(readFileSync(file, 'utf8'));
      idsCache.set(file, new Set($('[id]').map((_, el) => $(el).attr('id')!).get()));
    }
    return idsCache.get(file)!;
  };
  for (const file of htmlFiles(dist)) {
    const page = pathOf(dist, file);
    const $ = load(readFileSync(file, 'utf8'));
    const refs = [
      ...$('a[href], link[href]').map((_, el) => $(el).attr('href')!).get(),
      ...$('[src]').map((_, el) => $(el).attr('src')!).get(),
      ...$('[srcset]')
        .map((_, el) => ($(el).attr('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0]!))
        .get()
        .flat(),
    ];
    for (const ref of refs) {
      const own = siteOrigin !== undefined && /^https?:/.test(ref) && new URL(ref).origin === siteOrigin;
      if (!ref || (!own && (/^(https?:|mailto:|tel:|data:)/.test(ref) || ref.startsWith('//')))) continue;
      const url = new URL(ref, `http://site${page}`);
      const target = ref.startsWith('#') ? file : targetFile(dist, url.pathname);
      const kind = kindOf(target);
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
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push({ page, reference: ref, why: `no element with id "${fragment}"` });
    }
  }
  return broken;
}
