// .ci/run's closing line, with the tools it calls replaced by stand-ins: a report
// left in test-results/ by an earlier audit must never count for this run.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'ci-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a copy of .ci/run with an `npm` stand-in whose audit (and, if asked, benchmark) fails, with or without a report. */
function ciRun(auditWritesReport: boolean, benchCrashes = false, testOutput = ['5 passed, 0 failed']) {
  const project = join(dir, `${auditWritesReport}-${benchCrashes}-${testOutput.length}`);
  mkdirSync(join(project, '.ci'), { recursive: true });
  mkdirSync(join(project, 'test-results'), { recursive: true });
  mkdirSync(join(project, 'bin'), { recursive: true });
  mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
  cpSync('.ci/run', join(project, '.ci/run'));
  // A stale report from an earlier run: 23 budgets, all met.
  writeFileSync(join(project, 'test-results/audit.json'), JSON.stringify({ checks: Array.from({ length: 23 }, () => ({ ok: true })) }));
  const npm = `#!/bin/sh
case "$1 $2" in
  "ci "*) exit 0 ;;
  "test"*) printf '%s\\n' ${testOutput.map((line) => `'${line}'`).join(' ')}; exit 0 ;;
  "run audit") ${auditWritesReport ? `echo '{"checks":[{"ok":true},{"budget":"article weight","actual":"99 KB","ok":false}]}' > test-results/audit.json;` : ''} echo "audit failed"; exit 1 ;;
  "run test:other-clinic") echo "different clinic ok"; exit 0 ;;
  "run bench") ${benchCrashes ? 'echo "bench crashed"; exit 1' : 'exit 0'} ;;
  "run check:content") echo "the content gate runs in npm test, never again on its own"; exit 1 ;;
esac
exit 0
`;
  writeFileSync(join(project, 'bin/npm'), npm);
  chmodSync(join(project, 'bin/npm'), 0o755);
  // A link, not a copy: the Node binary is over 100 MB.
  symlinkSync(process.execPath, join(project, 'node_modules/.bin/node'));
  return spawnSync('bash', ['.ci/run'], { cwd: project, encoding: 'utf8', env: { ...process.env, PATH: `${join(project, 'bin')}:${process.env['PATH']}`, CHROME_PATH: '/bin/true' } });
}

describe('.ci/run', () => {
  it('counts only this run’s audit: a failed audit with no report is one failure, not a stale report’s 23 passes', () => {
    const run = ciRun(false);
    expect(run.status).not.toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('6 passed, 1 failed');
  });
  it('adds this run’s budgets and the different-clinic check to the tests', () => {
    const run = ciRun(true);
    expect(run.status).not.toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('7 passed, 1 failed');
  });
  it('counts a benchmark that could not run (no report) as one more failure', () => {
    const run = ciRun(true, true);
    expect(run.status).not.toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('7 passed, 2 failed');
  });
  it('names what failed, just before the closing lines: each failed test, and each missed budget', () => {
    const run = ciRun(true, false, ['Failed test: tests/unit/x.test.ts › breaks', '4 passed, 1 failed']);
    const last = run.stdout.trim().split('\n').slice(-5);
    expect(last[0]).toBe('CI: npm test: Failed test: tests/unit/x.test.ts › breaks');
    expect(last[1]).toBe('CI: budget missed: article weight: 99 KB');
    expect(last[2]).toMatch(/^CI: minutes per phase: install \d+\.\d, tests \d+\.\d, bench \d+\.\d, audit \d+\.\d, different clinic \d+\.\d; in all \d+\.\d$/);
    expect(last[4]).toBe('6 passed, 2 failed');
  });
});
