/**
 * `npm run check:content`: the content gate. Everything that checks what the
 * clinic edits and what it builds, and nothing that checks the code or measures
 * time, so that an editor's change or the morning's scheduled build is checked in
 * minutes and never held back by a noisy timing budget (the full suite, npm test
 * with the audit and the bench, checks code: docs/DEPLOY.md, "Which check runs when").
 *
 *   1. every file in content/ is in the style the editor saves in (format:content --check);
 *   2. the build, with its own checks: the content check (YAML, MDX, file names, the
 *      regulator's words), the schemas, references between entries, booking, every
 *      internal link, and the security policy with its hashes;
 *   3. on every built page, served as a host serves it: axe-core (WCAG 2.2 A/AA) at
 *      390 and 1280 px in the light and the dark scheme, no request to another origin,
 *      no console error; html-validate (recommended) on every page;
 *   4. the byte budgets: an article ships no JavaScript, and one without a hero image
 *      transfers at most 25 KB on first load.
 *
 * Each problem names the content file the page comes from where there is one. The
 * site is built into dist/ with the environment given (SITE_URL, SITE_PREVIEW…), so
 * a deploy ships exactly the build that passed. Writes test-results/content-gate.json;
 * exits non-zero when anything failed. Never writes to content/.
 *
 * `npm test` runs it as its build of the site (`-- --skip-build` there passes --no-build,
 * which checks the dist/ already built), so the suite and every deploy check pages alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { publicPaths } from '../src/integrations/dist-links.ts';
import { recordedPageRefs } from '../src/integrations/rendered-pages.ts';
import { sourceFile } from '../src/lib/routes/page-ref.ts';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.ts';
import { axeOnPages, firstLoadBytes, validateHtml } from './lib/page-checks.ts';
import { startStaticServer } from './lib/static-server.ts';

const root = process.cwd();
const reuseBuild = process.argv.includes('--no-build');
const dist = resolve('dist');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
/** The byte budgets of DESIGN.md section 8 that do not depend on timing. */
export const BYTE_BUDGET = { articleTransferBytes: 25 * 1024, articleScriptBytes: 0 };

const checks: Array<{ check: string; ok: boolean; problems: string[] }> = [];
/** Whether dist/ holds this content's site: the build passed, or was reused (--no-build). */
let built = reuseBuild;
const started = Date.now();
function finish(): never {
  const failed = checks.filter((c) => !c.ok);
  console.log('\nContent gate:');
  for (const c of checks) {
    console.log(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.check}`);
    for (const problem of c.problems.slice(0, 50)) console.log(`        ${problem}`);
    if (c.problems.length > 50) console.log(`        … and ${c.problems.length - 50} more (test-results/content-gate.json)`);
  }
  mkdirSync('test-results', { recursive: true });
  writeFileSync(join('test-results', 'content-gate.json'), JSON.stringify({ date: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000), built, checks }, null, 2));
  console.log(`\nContent gate in ${Math.round((Date.now() - started) / 1000)} s: ${checks.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length > 0 ? 1 : 0);
}
/** Runs a command of the project on the Node that runs this script; its output goes to the log as it comes. */
function run(title: string, args: string[]): boolean {
  console.log(`\n▶ ${title}`);
  return spawnSync(process.execPath, args, { stdio: 'inherit', env }).status === 0;
}

const styled = run("Every file of content/ in the editor's style", ['scripts/format-content.ts', '--check']);
checks.push({ check: "content/ in the editor's style (npm run format:content writes it so)", ok: styled, problems: styled ? [] : ['the files named above: run `npm run format:content`, or save them once in the editor'] });

if (!reuseBuild) {
  built = run('The build, with its content, reference, link and security-policy checks', ['node_modules/astro/bin/astro.mjs', 'build']);
  checks.push({ check: 'the build and its checks (every problem above names its file and field)', ok: built, problems: [] });
  if (!built) finish();
}

// What each page is, as the build recorded it while rendering (src/data/page-context.ts).
const refs = recordedPageRefs(join(root, '.cache/astro')); // Astro's cacheDir (astro.config.mjs)
/** A page, with the content file it is made from when there is one. */
const named = (path: string) => {
  const source = sourceFile(refs.get(path));
  return source ? `${source} (page ${path})` : `page ${path}`;
};
const paths = publicPaths(dist);
const { server, url } = await startStaticServer({ root: dist, port: 0 });
const origin = url.replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  console.log(`\n▶ axe-core on ${paths.length} pages at 390 and 1280 px, light and dark; requests to other origins; console errors`);
  const found = await axeOnPages(browser, origin, paths, named);
  checks.push({
    check: `axe-core WCAG 2.2 A/AA: 0 violations on ${paths.length} pages × 2 widths × 2 colour schemes`,
    ok: found.axeViolations.length === 0,
    problems: found.axeViolations.map((v) => `${v.page} at ${v.width} px, ${v.scheme}: ${v.rule}: ${v.help} (${v.nodes} element${v.nodes === 1 ? '' : 's'})`),
  });
  checks.push({ check: 'requests to other origins: 0', ok: found.offsite.length === 0, problems: found.offsite.map((o) => `${o.page}: requests ${o.url}`) });
  checks.push({ check: 'console errors: 0', ok: found.consoleErrors.length === 0, problems: found.consoleErrors.map((e) => `${e.page}: ${e.text}`) });

  // Articles, in every language.
  const articles = paths.filter((p) => refs.get(p)?.kind === 'article');
  console.log(`\n▶ first-load bytes of ${articles.length} articles`);
  const heavy: string[] = [];
  for (const path of articles) {
    const bytes = await firstLoadBytes(browser, `${origin}${path}`);
    const hasHero = readFileSync(join(dist, path, 'index.html'), 'utf8').includes('data-hero');
    console.log(`  ${path}: ${(bytes.total / 1024).toFixed(1)} KB, ${bytes.script} bytes of JavaScript${hasHero ? ' (hero image)' : ''}`);
    if (bytes.script > BYTE_BUDGET.articleScriptBytes) heavy.push(`${named(path)}: ${bytes.script} bytes of JavaScript (an article ships none)`);
    if (!hasHero && bytes.total > BYTE_BUDGET.articleTransferBytes) heavy.push(`${named(path)}: ${(bytes.total / 1024).toFixed(1)} KB on first load (at most 25 KB without a hero image)`);
  }
  checks.push({ check: `byte budgets on ${articles.length} articles: no JavaScript; at most 25 KB on first load without a hero image`, ok: heavy.length === 0, problems: heavy });
} finally {
  await browser.close();
  server.close();
}

console.log('\n▶ html-validate (recommended) on every page');
const html = await validateHtml(dist, named);
checks.push({
  check: `html-validate recommended: 0 errors on ${html.pages} pages`,
  ok: html.errors.length === 0,
  problems: html.errors.map((e) => `${e.page}: line ${e.line} of the built page: ${e.rule}: ${e.message}`),
});
finish();
