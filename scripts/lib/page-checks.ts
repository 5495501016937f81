/**
 * The checks of built pages that depend on what the clinic wrote, not on timing:
 * axe-core (WCAG 2.x A/AA, 2.2 included) at both widths in both colour schemes,
 * with every request to another origin and every console error seen on the way;
 * html-validate (recommended preset) on every page; and what a page weighs on
 * first load. One implementation for the content gate (scripts/check-content.ts)
 * and the audit (scripts/audit.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page, Request } from 'playwright-core';
import { htmlFiles, pathOf } from '../../src/integrations/dist-links.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** axe-core itself, put into a page by the driver (which no page policy governs), as axe's own browser integrations do. */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** What axe runs: the WCAG A/AA rules; of the results, the violations in full (the rest counted only). */
export const AXE_OPTIONS = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };

export interface AxeResult {
  violations: Array<{ id: string; help: string; targets: string[] }>;
  /** How many rules passed: a page where axe found almost nothing to check was not really checked. */
  passes: number;
}
/**
 * axe-core on a page as it is now. A page without frames is checked in place, four times faster than
 * AxeBuilder, which opens a page of its own to put the frames' results together on every call; a page
 * with frames goes through AxeBuilder, which checks inside them.
 */
export async function axeCheck(page: Page): Promise<AxeResult> {
  if (page.frames().length > 1) {
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    return { violations: results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })), passes: results.passes.length };
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (options) => {
    type Axe = { run(context: Document, options: unknown): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>; passes: unknown[] }> };
    const results = await (window as unknown as { axe: Axe }).axe.run(document, options);
    return { violations: results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })), passes: results.passes.length };
  }, AXE_OPTIONS);
}
export type Scheme = 'light' | 'dark';
/** Each page at a phone's and a desktop's width, in both colour schemes. */
export const VIEWS: ReadonlyArray<readonly [number, Scheme]> = [[390, 'light'], [1280, 'light'], [390, 'dark'], [1280, 'dark']];

export interface AxeViolation {
  page: string;
  width: number;
  scheme: Scheme;
  rule: string;
  nodes: number;
  help: string;
}
export interface PageFindings {
  axeViolations: AxeViolation[];
  offsite: Array<{ page: string; url: string }>;
  consoleErrors: Array<{ page: string; text: string }>;
}

/** axe-core on every page of a served site, in every view; requests to other origins are refused and recorded. */
export async function axeOnPages(browser: Browser, origin: string, paths: string[], pageName: (path: string) => string = (p) => p): Promise<PageFindings> {
  const found: PageFindings = { axeViolations: [], offsite: [], consoleErrors: [] };
  for (const [width, scheme] of VIEWS) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    let current = '';
    await context.route(
      (url) => url.origin !== origin,
      async (route) => {
        found.offsite.push({ page: current, url: route.request().url() });
        await route.abort();
      },
    );
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') found.consoleErrors.push({ page: current, text: msg.text() });
    });
    for (const path of paths) {
      current = pageName(path);
      await page.goto(`${origin}${path}`);
      const results = await axeCheck(page);
      for (const v of results.violations) found.axeViolations.push({ page: current, width, scheme, rule: v.id, nodes: v.targets.length, help: v.help });
    }
    await context.close();
  }
  return found;
}

export interface HtmlError {
  page: string;
  rule: string;
  message: string;
  line: number;
}
/** html-validate's recommended rules on every built page; errors only (warnings are advice). */
export async function validateHtml(dist: string, pageName: (path: string) => string = (p) => p): Promise<{ pages: number; errors: HtmlError[] }> {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const errors: HtmlError[] = [];
  const files = htmlFiles(dist);
  for (const file of files) {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const result of report.results) for (const m of result.messages) if (m.severity === 2) errors.push({ page: pageName(pathOf(dist, file)), rule: m.ruleId, message: m.message, line: m.line });
  }
  return { pages: files.length, errors };
}

/** What a page transfers on a first visit (compressed bodies and headers), in all and of scripts, in a fresh phone-sized context. */
export async function firstLoadBytes(browser: Browser, url: string): Promise<{ total: number; script: number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('requestfinished', (request) => requests.push(request));
  try {
    await page.goto(url, { waitUntil: 'load' });
    let total = 0;
    let script = 0;
    for (const request of requests) {
      const sizes = await request.sizes();
      const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
      total += bytes;
      if (request.resourceType() === 'script') script += bytes;
    }
    return { total, script };
  } finally {
    await context.close();
  }
}
