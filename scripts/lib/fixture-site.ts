/**
 * The fixture site: the project built with the test suite's own clinic
 * (tests/fixtures/clinic/) instead of content/. Behaviour tests that assert exact
 * values (booking URLs, dates with their offsets, prices) read this build, so that
 * the clinic can replace every sample fact in content/ without a test noticing.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ASTRO_CLI, copyProject, FIXTURE_CONTENT, ROOT } from './project-copy.ts';

export const FIXTURE_SITE = join(ROOT, '.cache/fixture-site');
export const FIXTURE_DIST = join(FIXTURE_SITE, 'dist');

/** Copies the project with the fixture clinic and builds it; returns the build's exit status and output. */
export function buildFixtureSite(): { status: number | null; output: string } {
  copyProject(FIXTURE_SITE, FIXTURE_CONTENT);
  // The astro CLI on the Node that runs this script (Astro needs Node 22.12+; the system's may be older).
  const run = spawnSync(process.execPath, [ASTRO_CLI, 'build'], {
    cwd: FIXTURE_SITE,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
