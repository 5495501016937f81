// Reading the built site (dist/) and the content it was built from, for build-output tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { parse as parseYaml } from 'yaml';

export const DIST = join(process.cwd(), 'dist');
export const CONTENT = join(process.cwd(), 'content');

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error('dist/ has no built site: run `npm run build` (or `npm test`, which builds first).');
}

/** The HTML file a URL path is served from. */
export function distFileFor(pathname: string): string {
  const clean = decodeURIComponent(pathname.split(/[?#]/)[0] ?? '/');
  return clean.endsWith('/') ? join(DIST, clean, 'index.html') : join(DIST, clean);
}

export function page(pathname: string): CheerioAPI {
  const file = distFileFor(pathname);
  if (!existsSync(file)) throw new Error(`No built page for ${pathname} (expected ${relative(process.cwd(), file)})`);
  return load(readFileSync(file, 'utf8'));
}

/** Every HTML file in dist/, as URL paths ("/services/", "/404.html"). */
export function builtPages(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = '/' + relative(DIST, full).split('\\').join('/');
        found.push(rel.endsWith('/index.html') || rel === '/index.html' ? rel.replace(/index\.html$/, '') : rel);
      }
    }
  };
  walk(DIST);
  return found.sort();
}

/** Visible text with whitespace collapsed; <br> counts as a space. */
export function textOf($: CheerioAPI, selector: string): string {
  const html = $(selector).toArray().map((el) => $.html(el)).join(' ');
  return load(html.replace(/<br\b[^>]*>/g, ' ')).root().text().replace(/\s+/g, ' ').trim();
}

export function readYaml<T = Record<string, unknown>>(path: string): T {
  return parseYaml(readFileSync(join(CONTENT, path), 'utf8')) as T;
}

/** The frontmatter and body of a Markdown/MDX file in content/. */
export function readEntry<T = Record<string, unknown>>(path: string): { data: T; body: string } {
  const source = readFileSync(join(CONTENT, path), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${path} has no frontmatter`);
  return { data: parseYaml(match[1]!) as T, body: match[2]! };
}

export function contentIds(collection: string): string[] {
  return readdirSync(join(CONTENT, collection))
    .filter((f) => /\.(md|mdx)$/.test(f))
    .map((f) => f.replace(/\.(md|mdx)$/, ''))
    .sort();
}

export interface ClinicFile {
  name: string;
  url: string;
  currency: string;
  phone: { e164: string; display: string };
  booking: { platform: 'jane'; rootUrl: string };
  hours: Array<{ days: string[]; opens: string; closes: string }>;
}

export interface ServiceFile {
  title: string;
  summary: string;
  bookingRef: string;
  durations: Array<{ minutes: number; price: number; bookingRef?: string }>;
}

export const clinic = readYaml<ClinicFile>('clinic.yaml');

/** A phone number as written in content/, from its on-page form (which never wraps: non-breaking space and hyphen). */
export const readablePhone = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');
