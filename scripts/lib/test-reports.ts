/**
 * The names of the tests that failed, read from the runners' JSON reports, so that the
 * closing lines of `npm test` (and of CI, which repeats them last) say which tests failed,
 * not only how many: a count alone leaves a flaky failure in a long log undiagnosable.
 */

/** Vitest's JSON reporter (the fields read here). */
export interface VitestJson {
  testResults?: { name: string; assertionResults?: { fullName?: string; title: string; status: string; tags?: string[] }[] }[];
}

/** The Vitest tag of tests whose only content is the test suite's own clinic (defined in tests/vitest.config.ts). */
export const FIXTURE_ONLY_TAG = 'fixture-only';

/** How many tests tagged fixture-only a tag filter left unrun (reported as skipped): the main run ran them. */
export function fixtureOnlyNotRun(report: VitestJson): number {
  return (report.testResults ?? []).flatMap((file) => file.assertionResults ?? []).filter((test) => test.status === 'skipped' && test.tags?.includes(FIXTURE_ONLY_TAG)).length;
}

/** Playwright's JSON reporter (the fields read here): suites nest; specs hold one test per project. */
export interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: { title: string; line?: number; tests: { projectName?: string; status: string }[] }[];
  suites?: PlaywrightSuite[];
}
export interface PlaywrightJson {
  suites?: PlaywrightSuite[];
}

/** "file › full name" of every Vitest test whose status is failed; a file that failed to load counts as itself. */
export function failedVitestTests(report: VitestJson, root = process.cwd()): string[] {
  const names: string[] = [];
  for (const file of report.testResults ?? []) {
    const path = file.name.startsWith(`${root}/`) ? file.name.slice(root.length + 1) : file.name;
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') names.push(`${path} › ${test.fullName ?? test.title}`);
    }
  }
  return names;
}

/** "[project] file:line › title" of every Playwright test that failed or passed only on a retry. */
export function failedPlaywrightTests(report: PlaywrightJson): string[] {
  const names: string[] = [];
  // A top-level suite is a file, titled by its path; the suites inside it are describe blocks.
  const walk = (suite: PlaywrightSuite, titles: string[], isFile: boolean) => {
    const path = isFile ? titles : [...titles, suite.title];
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
        const where = `${suite.file ?? ''}${spec.line ? `:${spec.line}` : ''}`;
        const project = test.projectName ? `[${test.projectName}] ` : '';
        const flaky = test.status === 'flaky' ? ' (passed only on a retry)' : '';
        names.push(`${project}${where} › ${[...path, spec.title].join(' › ')}${flaky}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, path, false);
  };
  for (const suite of report.suites ?? []) walk(suite, [], true);
  return names;
}

/** The content gate's report (scripts/check-content.ts, test-results/content-gate.json), the fields read here. */
export interface ContentGateJson {
  /** Whether dist/ holds the site of this content: built and passed the build's own checks, or reused. */
  built: boolean;
  checks: { check: string; ok: boolean }[];
}

/** The content gate's checks as tests: each one passed or failed, named "content gate › check". */
export function contentGateCounts(report: ContentGateJson): { passed: number; failed: number; failedTests: string[] } {
  const failed = report.checks.filter((c) => !c.ok);
  return { passed: report.checks.length - failed.length, failed: failed.length, failedTests: failed.map((c) => `content gate › ${c.check}`) };
}
