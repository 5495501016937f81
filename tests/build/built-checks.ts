// Checks run on a built fixture site by more than one build test: axe in Chromium and
// html-validate, each returning the problems found (an empty list when there are none).
// Both are the content gate's own (scripts/lib/page-checks.ts), run on a fixture's pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/lib/chromium.ts';
import { axeOnPages, validateHtml } from '../../scripts/lib/page-checks.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';

/** WCAG A/AA violations axe finds on these pages of a built site in every view (390 and 1280 px, light and dark), and any request to another origin or console error on the way. */
export async function axeProblems(dist: string, paths: string[]): Promise<string[]> {
  const { server, url } = await startStaticServer({ root: dist });
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const found = await axeOnPages(browser, url.replace(/\/$/, ''), paths);
    return [
      ...found.axeViolations.map((v) => `${v.page} ${v.width} ${v.scheme}: ${v.rule}: ${v.help} (${v.nodes})`),
      ...found.offsite.map((o) => `${o.page}: requests ${o.url}`),
      ...found.consoleErrors.map((e) => `${e.page}: console error: ${e.text}`),
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

/** Errors html-validate (recommended rules) finds on every built page of a site. */
export async function htmlErrors(dist: string): Promise<string[]> {
  const { errors } = await validateHtml(dist);
  return errors.map((e) => `${e.page}: line ${e.line}: ${e.rule}: ${e.message}`);
}

/** Every file of a built site, as paths relative to it, sorted. */
export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The files of `files` whose bytes differ between two built sites. */
export function differingFiles(files: string[], a: string, b: string): string[] {
  return files.filter((file) => !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
}
