// Builds a temporary copy of the project with some files changed, to test how
// the build reacts to content it does not ship with (bad input, other settings,
// many articles). The copy starts from the test suite's own clinic
// (tests/fixtures/clinic/), so that edits and expectations never depend on the
// sample facts in content/. The project's own content/ is never touched.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildIn, copyProject, FIXTURE_CONTENT, ROOT } from '../../scripts/lib/project-copy.ts';

export { FIXTURE_CONTENT, ROOT };
const made: string[] = [];

export interface FixtureBuild {
  dir: string;
  dist: string;
  status: number | null;
  output: string;
}

export type Edits = Record<string, (source: string | undefined) => string | Buffer>;

/** `edits` maps a path in the copy to a function of its current text (undefined for a new file). */
export function buildFixture(edits: Edits, env: Record<string, string> = {}): FixtureBuild {
  return rebuildFixture(makeFixture(), edits, env);
}

/** A temporary copy of the project with `content` (the fixture clinic unless told) as its content/, not yet built. */
export function makeFixture(content: string = FIXTURE_CONTENT): string {
  const dir = mkdtempSync(join(tmpdir(), 'massagerx-fixture-'));
  made.push(dir);
  return copyProject(dir, content);
}

/** Applies more edits to an existing copy and builds it again (its caches kept); `args` go to `astro build`. */
export function rebuildFixture(dir: string, edits: Edits = {}, env: Record<string, string> = {}, args: string[] = []): FixtureBuild {
  for (const [file, edit] of Object.entries(edits)) {
    const target = join(dir, file);
    let current: string | undefined;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = undefined;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, edit(current));
  }
  const run = buildIn(dir, { env, args });
  const outDir = args.includes('--outDir') ? args[args.indexOf('--outDir') + 1]! : 'dist';
  return { dir, dist: join(dir, outDir), ...run };
}

export function removeFixtures(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
