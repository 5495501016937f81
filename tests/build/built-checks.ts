// Checks run on a built fixture site by more than one build test: axe in Chromium and
// html-validate, each returning the problems found (an empty list when there are none).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/lib/chromium.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import type { BuiltSite } from './helpers.ts';

/** WCAG A/AA violations axe finds on these pages of a built site, at 390 and 1280 px light, and 390 px dark (the dark scheme changes colours only). */
export async function axeProblems(dist: string, paths: string[]): Promise<string[]> {
  const { server, url } = await startStaticServer({ root: dist });
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const problems: string[] = [];
  try {
    for (const [width, colorScheme] of [[390, 'light'], [1280, 'light'], [390, 'dark']] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(new URL(path, url).toString());
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        for (const v of results.violations) problems.push(`${path} ${width} ${colorScheme}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return problems;
}

/** Errors html-validate (recommended rules) finds on every public page of a built site. */
export async function htmlErrors(site: BuiltSite): Promise<string[]> {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const errors: string[] = [];
  for (const path of site.pages()) {
    const report = await validator.validateString(readFileSync(site.fileFor(path), 'utf8'), path);
    for (const result of report.results) for (const m of result.messages) if (m.severity === 2) errors.push(`${path}: ${m.ruleId}: ${m.message}`);
  }
  return errors;
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
