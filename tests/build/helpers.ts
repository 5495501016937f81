// The built sites the build-output tests read, and the content each was built from:
//   - contentSite: the project's own content/ built into dist/ (whatever the clinic has
//     written there; tests of it assert only what must hold for any clinic);
//   - fixtureSite: the test suite's own clinic (tests/fixtures/clinic/) built into
//     .cache/fixture-site/dist/ (tests of behaviour assert its exact values).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { parse as parseYaml } from 'yaml';
import { FIXTURE_DIST } from '../../scripts/lib/fixture-site.ts';
import { publicPaths } from '../../src/integrations/dist-links.ts';
import { FIXTURE_CONTENT, ROOT } from '../../scripts/lib/project-copy.ts';

export interface ClinicFile {
  name: string;
  url: string;
  /** The site's languages, the first at the root; absent means one. */
  languages?: string[];
  currency: string;
  timeZone: string;
  phone: { e164: string; display: string };
  email: string;
  booking: { platform: string; rootUrl: string; giftCardUrl?: string };
  hours: Array<{ days: string[]; opens: string; closes: string }>;
  payment: string;
  cancellationSummary: string;
  mapUrl: string;
  parking: string;
  transit: string;
  /** Its place's photos, where it has one place (beside clinic.yaml, in images/). */
  photos?: Array<{ src: string; alt?: string; decorative?: boolean }>;
  /** Its mark, e.g. ./images/logo.svg. */
  logo?: string;
  social?: Array<{ label: string; url: string }>;
  jurisdiction: { testimonialsAllowed?: boolean; regulator: { name: string; url: string; registerUrl: string; complaintsUrl: string } };
  privacy: { officer: string; email: string; commissioner: { name: string; url: string } };
}

export interface ServiceFile {
  title: string;
  summary: string;
  bookingRef?: string | number;
  durations: Array<{ minutes: number; price: number; bookingRef?: string | number }>;
  topics?: string[];
  therapists?: string[];
}

export interface ArticleFile {
  title: string;
  description: string;
  publishedDate: string;
  updatedDate?: string;
  author: string;
  reviewer?: string;
  lastReviewed?: string;
  topics?: string[];
  services: string[];
  citations?: Array<{ title: string; publisher: string; year: number; url: string }>;
  draft?: boolean;
}

export interface TherapistFile {
  name: string;
  credentials: string;
  role: string;
  registration: { body: string; number: string | number; registerUrl: string };
  languages: string[];
  services?: string[];
  bookingRef?: string | number;
  acceptingNewClients?: boolean;
}

/** A date as YAML gives it (a string in YAML 1.2, a Date from other parsers) → "YYYY-MM-DD". */
export const day = (value: string | Date | undefined): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''));

/** Today's date in a time zone, stated independently of the code under test. */
export const todayIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** A phone number as written in content/, from its on-page form (which never wraps: non-breaking space and hyphen). */
export const readablePhone = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');

/** Visible text with whitespace collapsed; <br> counts as a space. */
export function textOf($: CheerioAPI, selector: string): string {
  const html = $(selector).toArray().map((el) => $.html(el)).join(' ');
  return load(html.replace(/<br\b[^>]*>/g, ' ')).root().text().replace(/\s+/g, ' ').trim();
}

export interface BuiltSite {
  name: string;
  dist: string;
  content: string;
  clinic: ClinicFile;
  /** The site's origin with a trailing slash, as its pages name it. */
  site: string;
  /** The built HTML file a URL path is served from. */
  fileFor(pathname: string): string;
  page(pathname: string): CheerioAPI;
  read(pathInDist: string): string;
  /** Every public HTML page in dist/, as URL paths ("/services/", "/404.html"); the editor at /admin/ is tested on its own. */
  pages(): string[];
  /** The ids of a folder's entries (file names without extension; parked files left out). */
  ids(folder: string): string[];
  /** The content file of an entry, found whatever its extension. */
  entryFile(folder: string, id: string): string;
  entry<T>(folder: string, id: string): { data: T; body: string; file: string };
  /** Articles that must be public: not drafts, and published today or before in the clinic's zone. */
  publishedArticles(): string[];
}

export function builtSite(name: BuiltSite['name'], dist: string, content: string): BuiltSite {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${relative(ROOT, dist)} has no built site: run \`npm test\` (it builds both the site and the fixture site first).`);
  }
  const clinic = parseYaml(readFileSync(join(content, 'clinic.yaml'), 'utf8')) as ClinicFile;
  const pageCache = new Map<string, CheerioAPI>();
  const fileFor = (pathname: string) => {
    const clean = decodeURIComponent(pathname.split(/[?#]/)[0] ?? '/');
    return clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
  };
  const ids = (folder: string): string[] => {
    const dir = join(content, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
      .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
      .filter((f) => !f.split('/').some((s) => s.startsWith('_')))
      .map((f) => f.replace(/\.mdx?$/, ''))
      .sort();
  };
  const entryFile = (folder: string, id: string) => {
    const file = ['mdx', 'md'].map((ext) => join(content, folder, `${id}.${ext}`)).find(existsSync);
    if (!file) throw new Error(`No file for ${folder}/${id} in ${content}`);
    return file;
  };
  const entry = <T>(folder: string, id: string) => {
    const file = entryFile(folder, id);
    const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
    if (!match) throw new Error(`${file} has no frontmatter`);
    return { data: parseYaml(match[1]!) as T, body: match[2]!, file };
  };
  const site: BuiltSite = {
    name,
    dist,
    content,
    clinic,
    site: new URL('/', clinic.url).toString(),
    fileFor,
    page(pathname) {
      const file = fileFor(pathname);
      let $ = pageCache.get(file);
      if (!$) {
        if (!existsSync(file)) throw new Error(`No built page for ${pathname} (expected ${relative(ROOT, file)})`);
        $ = load(readFileSync(file, 'utf8'));
        pageCache.set(file, $);
      }
      return $;
    },
    read: (path) => readFileSync(join(dist, path), 'utf8'),
    pages: () => publicPaths(dist),
    ids,
    entryFile,
    entry,
    publishedArticles() {
      const today = todayIn(clinic.timeZone);
      return ids('articles').filter((id) => {
        const { data } = entry<ArticleFile>('articles', id);
        return data.draft !== true && day(data.publishedDate) <= today;
      });
    },
  };
  return site;
}

export const contentSite = builtSite('content', join(ROOT, 'dist'), join(ROOT, 'content'));
export const fixtureSite = builtSite('fixture', FIXTURE_DIST, FIXTURE_CONTENT);
/** Both builds: what must hold for any clinic's content is checked on each. */
export const sites = [contentSite, fixtureSite];

/** Every file of a built site, by path, with the SHA-256 of its bytes (a difference then names the file, not a page of base64; Pagefind's index apart: its file names depend on the order pages were added). */
export function filesOf(dist: string): Map<string, string> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files
      .map((e) => relative(dist, join(e.parentPath, e.name)))
      .filter((f) => !f.startsWith('pagefind/'))
      .sort()
      .map((f) => [f, createHash('sha256').update(readFileSync(join(dist, f))).digest('hex')]),
  );
}
