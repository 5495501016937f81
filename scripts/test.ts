/**
 * `npm test`: everything, in order, on a fresh machine.
 *   1. finds Chromium (CHROME_PATH or the usual paths), installing Debian's package when none is there;
 *   2. type-checks (astro check);
 *   3. runs the content gate (scripts/check-content.ts), which builds the site (content/ → dist/)
 *      and checks every page of it: the editor's style, the build's own checks, axe-core in both
 *      widths and schemes, html-validate, other origins, console errors, the byte budgets; each
 *      of its checks counts as a test;
 *   4. builds the fixture site (the test suite's own clinic, tests/fixtures/clinic/ →
 *      .cache/fixture-site/dist/);
 *   5. runs Vitest (unit, component and build-output tests), Playwright (browser tests in
 *      Chromium) and the journeys in Gecko and WebKit (tests/engines/, installing Debian's
 *      Firefox ESR and WebKitGTK first when they are missing; Chromium's are Playwright's);
 *   6. prints one closing line, "N passed, N failed", summed from the JSON reports,
 *      and exits non-zero when anything failed.
 * Flags: --skip-build reuses both builds (the content gate checks the dist/ there is);
 * --skip-check skips astro check; --content-dependent (the run on a different clinic, npm run
 * test:other-clinic) leaves out what gives the same result on any clinic and ran in the main run:
 * the type check (it reads the code alone), and the tests whose only input is the fixture clinic
 * (tagged fixture-only in Vitest; in Playwright's fixture project, all but those tagged @content).
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './lib/chromium.ts';
import { ensureEngineTools } from './lib/engines/install.ts';
import { buildFixtureSite, FIXTURE_DIST } from './lib/fixture-site.ts';
import { contentGateCounts, failedPlaywrightTests, failedVitestTests, FIXTURE_ONLY_TAG, fixtureOnlyNotRun, type ContentGateJson, type PlaywrightJson, type VitestJson } from './lib/test-reports.ts';

const args = new Set(process.argv.slice(2));
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };
const contentDependent = args.has('--content-dependent');
if (contentDependent) env.CONTENT_DEPENDENT_ONLY = '1';
/** leftToMainRun: the fixture clinic's own tests, not run by --content-dependent (never counted as skipped). */
const results = { passed: 0, failed: 0, skipped: 0, leftToMainRun: 0 };
const failures: string[] = [];
/** Each failed test by name, printed with the closing line. */
const failedTests: string[] = [];

function step(title: string, command: string, commandArgs: string[]): boolean {
  console.log(`\n▶ ${title}: ${command} ${commandArgs.join(' ')}`);
  const run = spawnSync(command, commandArgs, { stdio: 'inherit', env });
  return run.status === 0;
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function finish(): never {
  console.log('');
  for (const name of failedTests) console.log(`Failed test: ${name}`);
  if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
  const left = results.leftToMainRun ? ` (${results.leftToMainRun} tests of the fixture clinic alone left to the main run)` : '';
  console.log(`${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}${left}`);
  process.exit(results.failed > 0 || failures.length > 0 ? 1 : 0);
}

mkdirSync('test-results', { recursive: true });
for (const report of ['test-results/vitest.json', 'test-results/playwright.json', 'test-results/engines.json']) rmSync(report, { force: true });

try {
  env.CHROME_PATH = ensureChromium();
  console.log(`Chromium: ${env.CHROME_PATH}`);
} catch (error) {
  console.error((error as Error).message);
  results.failed += 1;
  failures.push('no Chromium for the browser tests');
  finish();
}

if (!args.has('--skip-check') && !contentDependent && !step('Type check', 'astro', ['check'])) {
  results.failed += 1;
  failures.push('astro check found errors');
}

{
  rmSync('test-results/content-gate.json', { force: true });
  const reuse = args.has('--skip-build') && existsSync('dist/index.html');
  const ok = step(`The content gate${reuse ? ' on the dist/ built before' : ', which builds the site'}`, process.execPath, ['scripts/check-content.ts', ...(reuse ? ['--no-build'] : [])]);
  const gate = readJson<ContentGateJson>('test-results/content-gate.json');
  const counts = gate ? contentGateCounts(gate) : undefined;
  if (counts) {
    results.passed += counts.passed;
    results.failed += counts.failed;
    failedTests.push(...counts.failedTests);
  }
  if (!counts || (!ok && counts.failed === 0)) {
    results.failed += 1;
    failures.push('the content gate did not complete');
  }
  if (!gate?.built) {
    failures.push('the site did not build');
    finish();
  }
}
if (!args.has('--skip-build') || !existsSync(`${FIXTURE_DIST}/index.html`)) {
  console.log('\n▶ Build the fixture site (tests/fixtures/clinic/)');
  const fixture = buildFixtureSite();
  if (fixture.status !== 0) {
    console.log(fixture.output.slice(-4000));
    results.failed += 1;
    failures.push('the fixture site did not build');
    finish();
  }
}
env.FIXTURE_SITE_READY = '1';

interface VitestReport extends VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTestSuites: number;
  numFailedTestSuites: number;
}
/** Runs one Vitest configuration with a JSON report, and adds its counts to the results. */
function vitestStep(title: string, config: string, report: string, whatFailed: string, extraArgs: string[] = []): void {
  const ok = step(title, 'vitest', ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs]);
  const counts = readJson<VitestReport>(report);
  if (counts) {
    const left = contentDependent ? fixtureOnlyNotRun(counts) : 0;
    results.passed += counts.numPassedTests;
    results.failed += counts.numFailedTests;
    results.skipped += counts.numPendingTests + counts.numTodoTests - left;
    results.leftToMainRun += left;
    failedTests.push(...failedVitestTests(counts));
  }
  if (!counts || (!ok && counts.numFailedTests === 0)) {
    results.failed += 1;
    failures.push(`${whatFailed} did not complete (a test file failed to load, or no report was written)`);
  }
}

vitestStep('Unit, component and build-output tests', 'tests/vitest.config.ts', 'test-results/vitest.json', 'vitest', contentDependent ? [`--tags-filter=!${FIXTURE_ONLY_TAG}`] : []);

interface PlaywrightReport extends PlaywrightJson {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: unknown[];
}
const playwrightOk = step('Browser tests (Chromium)', 'playwright', ['test', '--config', 'tests/playwright.config.ts']);
const playwright = readJson<PlaywrightReport>('test-results/playwright.json');
if (playwright) {
  results.passed += playwright.stats.expected;
  results.failed += playwright.stats.unexpected + playwright.stats.flaky;
  results.skipped += playwright.stats.skipped;
  failedTests.push(...failedPlaywrightTests(playwright));
}
if (!playwright || (!playwrightOk && playwright.stats.unexpected === 0)) {
  results.failed += 1;
  failures.push('playwright did not complete (config, web server or report error)');
}

// Gecko and WebKit are never skipped: one that cannot be installed is a failure, saying why.
let enginesReady = false;
try {
  const tools = ensureEngineTools();
  console.log(`\nGecko: ${tools.firefox}; WebKit: ${tools.webkitDriver}`);
  enginesReady = true;
} catch (error) {
  console.error((error as Error).message);
  results.failed += 1;
  failures.push('Gecko and WebKit could not be installed');
}
if (enginesReady) vitestStep('Browser journeys in Gecko and WebKit (Chromium walked them in Playwright)', 'tests/vitest.engines.config.ts', 'test-results/engines.json', 'the Gecko and WebKit journeys');

finish();
