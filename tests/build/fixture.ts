// Builds a temporary copy of the project with some files changed, to test how
// the build reacts to content it does not ship with (bad input, other settings,
// many articles). The project's own content/ is never touched.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = process.cwd();
const COPY = ['astro.config.mjs', 'tailwind.config.cjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];
const made: string[] = [];

export interface FixtureBuild {
  dir: string;
  dist: string;
  status: number | null;
  output: string;
}

export type Edits = Record<string, (source: string | undefined) => string | Buffer>;

/** `edits` maps a path in the copy to a function of its current text (undefined for a new file). */
export function buildFixture(edits: Edits): FixtureBuild {
  return rebuildFixture(makeFixture(), edits);
}

/** A temporary copy of the project (sharing node_modules), not yet built. */
export function makeFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'massagerx-fixture-'));
  made.push(dir);
  for (const item of COPY) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Applies more edits to an existing copy and builds it again (its caches kept). */
export function rebuildFixture(dir: string, edits: Edits = {}, env: Record<string, string> = {}): FixtureBuild {
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
  const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { dir, dist: join(dir, 'dist'), status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

export function removeFixtures(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
