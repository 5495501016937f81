/**
 * Every page `astro build` renders passes through here once, as it is rendered
 * (a middleware hands over the HTML before Astro writes it): it is scanned in
 * one pass (src/lib/hosting/page-scan.ts), and what the page said about itself while
 * rendering (Astro.locals.sitemap) is kept with it. The checks and indexes that
 * used to read dist/ back after the build (sitemap, link check, security
 * policy, search index) work from this record instead, so no built page is read
 * again, parsed twice or rewritten.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHash } from '../lib/hosting/csp.ts';
import type { Language } from '../lib/i18n/languages.ts';
import type { PageRef } from '../lib/routes/page-ref.ts';
import { scanPage, type PageScan } from '../lib/hosting/page-scan.ts';
import { builtFileForPath, type SitemapFacts } from '../lib/seo/sitemap.ts';
import { COLLECTOR_KEY, type Collector } from './rendered-pages-middleware.ts';

/** What the build knows about one rendered page. */
export interface RenderedPage {
  /** Its URL path: "/", "/articles/x/", "/404.html" */
  path: string;
  scan: PageScan;
  /** Set by the page's layout while rendering (BaseLayout; the editor's page). */
  sitemap: SitemapFacts | undefined;
  /** What the page is, as its page file said while rendering (src/data/page-context.ts). */
  ref: PageRef | undefined;
  /** Copied by Astro's incremental build from the last build, byte for byte, instead of rendered: what is known of it comes from the last build's record. */
  restored?: boolean;
}

/** What the next build needs of a page it may copy instead of rendering (kept in the cache, by path). */
interface KeptPage {
  sha256: string;
  sitemap: SitemapFacts | undefined;
  ref: PageRef | undefined;
  scan: PageScan;
  scriptHashes: string[];
  styleHashes: string[];
}

/** The build's record of its pages, in Astro's cache folder: what the next build needs of a page it copies, and what each page is. */
const RECORD_FILE = 'rendered-pages.json';

/** What the last build said each of its pages is, by path (from its record in `cacheDir`, Astro's cache folder): for the checks that run after it. */
export function recordedPageRefs(cacheDir: string): Map<string, PageRef> {
  const record = JSON.parse(readFileSync(join(cacheDir, RECORD_FILE), 'utf8')) as Record<string, KeptPage | undefined>;
  return new Map(Object.entries(record).flatMap(([path, page]) => (page?.ref ? [[path, page.ref] as const] : [])));
}

/**
 * The paths of the last build's pages of one kind (from its record in `cacheDir`), in order:
 * in the clinic's first language (its home page's) unless one is named.
 */
export function recordedPathsOfKind(cacheDir: string, kind: PageRef['kind'], language?: Language): string[] {
  const refs = recordedPageRefs(cacheDir);
  const wanted = language ?? refs.get('/')?.language;
  return [...refs].filter(([, ref]) => ref.kind === kind && ref.language === wanted).map(([path]) => path).sort();
}

/** Called with each page as it is rendered, with its HTML (e.g. to feed the search indexer while the build goes on). */
export type RenderedPageListener = (page: RenderedPage, html: string) => void;

/** Astro renders /404 and /500 as /404.html and /500.html (a host serves them for missing pages), the rest as folders. */
export function writtenPath(requestPath: string): string {
  const status = /^\/(404|500)\/?$/.exec(requestPath);
  return status ? `/${status[1]}.html` : requestPath;
}

const pages = new Map<string, RenderedPage>();
const listeners: RenderedPageListener[] = [];
const hashes = { scripts: new Set<string>(), styles: new Set<string>() };
// The stylesheet is the same text on every page: hashed once, not once per page.
const hashOfText = new Map<string, string>();
const hashOf = (text: string) => {
  let hash = hashOfText.get(text);
  if (!hash) hashOfText.set(text, (hash = cspHash(text)));
  return hash;
};

/** Pages rendered by this build, by URL path. */
export function renderedPages(): ReadonlyMap<string, RenderedPage> {
  return pages;
}

/** The CSP hashes of every inline script and style the build rendered. */
export function inlineCodeHashes(): { scripts: string[]; styles: string[] } {
  return { scripts: [...hashes.scripts], styles: [...hashes.styles] };
}

export function onRenderedPage(listener: RenderedPageListener): void {
  listeners.push(listener);
}

/** What the sitemap says about a page: from the page itself, as rendered. A page that said nothing is a mistake in its layout, not something to guess. */
export function sitemapFactsFor(pathname: string): SitemapFacts {
  const page = pages.get(pathname);
  if (!page) throw new Error(`The sitemap lists ${pathname}, but the build rendered no such page.`);
  if (!page.sitemap) throw new Error(`${pathname} did not say whether it may be indexed: its layout must set Astro.locals.sitemap (see src/layouts/BaseLayout.astro).`);
  return page.sitemap;
}

export function renderedPagesIntegration(): AstroIntegration {
  let siteOrigin = '';
  /** The record of the last build's pages, for those Astro's incremental build copies instead of rendering. */
  let keptFile = '';
  let kept = new Map<string, KeptPage>();
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64');
  const collector: Collector = {
    add(requestPath, bytes, sitemap, ref) {
      const path = writtenPath(requestPath);
      // Buffer's decoder: several times faster than TextDecoder on pages of mostly ASCII.
      const html = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
      const scan = scanPage(html, siteOrigin);
      const scriptHashes = scan.inlineScripts.map(hashOf);
      const styleHashes = scan.inlineStyles.map(hashOf);
      for (const hash of scriptHashes) hashes.scripts.add(hash);
      for (const hash of styleHashes) hashes.styles.add(hash);
      // The texts were needed only for their hashes.
      const page: RenderedPage = { path, scan: { ...scan, inlineScripts: [], inlineStyles: [] }, sitemap, ref };
      pages.set(path, page);
      kept.set(path, { sha256: sha256(bytes), sitemap, ref, scan: page.scan, scriptHashes, styleHashes });
      for (const listener of listeners) listener(page, html);
    },
  };
  /** A page Astro copied from the last build: known from the record when its bytes are the ones recorded, scanned again otherwise. */
  const restore = (path: string, bytes: Uint8Array) => {
    const last = kept.get(path);
    if (!last || last.sha256 !== sha256(bytes)) return collector.add(path, bytes, last?.sitemap, last?.ref);
    for (const hash of last.scriptHashes) hashes.scripts.add(hash);
    for (const hash of last.styleHashes) hashes.styles.add(hash);
    pages.set(path, { path, scan: last.scan, sitemap: last.sitemap, ref: last.ref, restored: true });
  };
  return {
    name: 'massagerx:rendered-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteOrigin = config.site ? new URL(config.site).origin : '';
        keptFile = join(fileURLToPath(config.cacheDir), RECORD_FILE);
      },
      'astro:config:setup': ({ addMiddleware, command }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./rendered-pages-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': () => {
        pages.clear();
        hashes.scripts.clear();
        hashes.styles.clear();
        kept = new Map(existsSync(keptFile) ? Object.entries(JSON.parse(readFileSync(keptFile, 'utf8')) as Record<string, KeptPage>) : []);
        (globalThis as Record<symbol, unknown>)[COLLECTOR_KEY] = collector;
      },
      'astro:build:done': ({ dir, pages: built }) => {
        delete (globalThis as Record<symbol, unknown>)[COLLECTOR_KEY];
        for (const { pathname } of built) {
          const path = writtenPath(`/${pathname}`);
          if (pages.has(path)) continue;
          const file = join(fileURLToPath(dir), builtFileForPath(path));
          if (existsSync(file)) restore(path, readFileSync(file));
        }
        const record = Object.fromEntries([...pages.keys()].map((path) => [path, kept.get(path)]));
        mkdirSync(dirname(keptFile), { recursive: true });
        writeFileSync(`${keptFile}.tmp`, JSON.stringify(record));
        renameSync(`${keptFile}.tmp`, keptFile);
      },
    },
  };
}
