// The closing lines name each failed test, read from the runners' JSON reports (shapes as they write them).
import { describe, expect, it } from 'vitest';
import { contentGateCounts, failedPlaywrightTests, failedVitestTests } from '../../scripts/lib/test-reports.ts';

describe('failedVitestTests', () => {
  it('names each failed test with its file, relative to the project, and no passed or skipped one', () => {
    const report = {
      testResults: [
        {
          name: '/project/tests/unit/a.test.ts',
          assertionResults: [
            { fullName: 'hours closes at noon', title: 'closes at noon', status: 'failed' },
            { fullName: 'hours opens', title: 'opens', status: 'passed' },
            { fullName: 'hours later', title: 'later', status: 'skipped' },
          ],
        },
        { name: '/project/tests/unit/b.test.ts', assertionResults: [{ title: 'b', status: 'failed' }] },
      ],
    };
    expect(failedVitestTests(report, '/project')).toEqual(['tests/unit/a.test.ts › hours closes at noon', 'tests/unit/b.test.ts › b']);
  });
  it('is empty when nothing failed or nothing ran', () => {
    expect(failedVitestTests({ testResults: [{ name: '/p/x.test.ts', assertionResults: [{ title: 'x', status: 'passed' }] }] }, '/p')).toEqual([]);
    expect(failedVitestTests({})).toEqual([]);
  });
});

describe('contentGateCounts', () => {
  it('counts each check of the content gate as a test, and names the ones that failed', () => {
    const counts = contentGateCounts({ built: true, checks: [{ check: 'the build', ok: true }, { check: 'axe-core: 0 violations', ok: false }, { check: 'html-validate', ok: true }] });
    expect(counts).toEqual({ passed: 2, failed: 1, failedTests: ['content gate › axe-core: 0 violations'] });
  });
  it('is nothing when the gate made no check', () => {
    expect(contentGateCounts({ built: false, checks: [] })).toEqual({ passed: 0, failed: 0, failedTests: [] });
  });
});

describe('failedPlaywrightTests', () => {
  it('names failed and retried-then-passed tests by project, file, line and describe titles', () => {
    const report = {
      suites: [
        {
          title: 'a11y.spec.ts',
          file: 'a11y.spec.ts',
          specs: [{ title: 'top level', line: 4, tests: [{ projectName: 'site', status: 'unexpected' }, { projectName: 'fixture', status: 'expected' }] }],
          suites: [
            {
              title: 'on a phone',
              file: 'a11y.spec.ts',
              specs: [{ title: 'the menu opens', line: 9, tests: [{ projectName: 'fixture', status: 'flaky' }, { projectName: 'site', status: 'skipped' }] }],
            },
          ],
        },
      ],
    };
    expect(failedPlaywrightTests(report)).toEqual([
      '[site] a11y.spec.ts:4 › top level',
      '[fixture] a11y.spec.ts:9 › on a phone › the menu opens (passed only on a retry)',
    ]);
  });
  it('is empty when every test went as expected', () => {
    expect(failedPlaywrightTests({ suites: [{ title: 'f', file: 'f', specs: [{ title: 't', tests: [{ status: 'expected' }] }] }] })).toEqual([]);
  });
});
