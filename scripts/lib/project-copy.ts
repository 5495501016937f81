/**
 * A copy of the project to build with other content or settings (the test
 * suite's fixture clinic, bad input, many articles, a different clinic), so that
 * the project's own content/ is never written. The copy shares node_modules by a
 * symbolic link and keeps its caches (.cache/) to itself, but for the editor's
 * bundle: that is made from the installed packages and its own code alone, under
 * a key of both (src/integrations/admin-editor.ts), so the project's own is copied
 * in rather than made again by every copy (1.6 of a copy's 3.8 s first build), and
 * the pictures the image pipeline made (seedPictureCache).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleKey } from '../../src/integrations/admin-editor.ts';
import { PICTURE_CACHE, PICTURE_DIGEST_FILE, pictureDigest } from '../../src/integrations/build-cache.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** What a build needs: configuration, code, public files. content/ is chosen separately. */
export const SITE_FILES = ['astro.config.mjs', 'tailwind.config.cjs', 'tsconfig.json', 'package.json', 'src', 'public'];

/** The test suite's own clinic (tests/fixtures/clinic/): a complete content/ of its own values. */
/** Astro's command line, to run with process.execPath. */
export const ASTRO_CLI = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export const FIXTURE_CONTENT = join(ROOT, 'tests/fixtures/clinic');

/**
 * Makes `dest` a buildable copy of the project with `content` (a folder) as its content/.
 * `extra` names more top-level items to copy (e.g. tests, scripts for a whole-suite run).
 * An existing copy is refreshed, its .cache/ kept.
 */
export function copyProject(dest: string, content: string, extra: string[] = []): string {
  mkdirSync(dest, { recursive: true });
  for (const item of [...SITE_FILES, ...extra, 'content']) rmSync(join(dest, item), { recursive: true, force: true });
  for (const item of [...SITE_FILES, ...extra]) cpSync(join(ROOT, item), join(dest, item), { recursive: true });
  cpSync(content, join(dest, 'content'), { recursive: true });
  if (!existsSync(join(dest, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'), 'dir');
  const key = bundleKey(ROOT);
  const editor = join(ROOT, '.cache/admin-editor', key);
  if (existsSync(join(editor, 'editor.js')) && !existsSync(join(dest, '.cache/admin-editor', key))) cpSync(editor, join(dest, '.cache/admin-editor', key), { recursive: true });
  seedPictureCache(dest);
  return dest;
}

/**
 * A new copy starts with the pictures the project and its other copies (the fixture site's)
 * have made with the same image pipeline: each is named by a hash of its source's bytes and of
 * how it was made, so a copy that makes the same one reuses it, and one that makes another never
 * sees it (src/integrations/build-cache.ts, PICTURE_CACHE). Encoding AVIF is most of a first build
 * with photos. A copy that already has a cache keeps its own.
 */
function seedPictureCache(dest: string): void {
  const cache = (root: string) => join(root, '.cache');
  if (existsSync(join(cache(dest), PICTURE_CACHE))) return;
  const digest = pictureDigest(dest);
  const others = existsSync(cache(ROOT)) ? readdirSync(cache(ROOT)).map((name) => join(cache(ROOT), name)) : [];
  const sources = [ROOT, ...others].filter((root) => resolve(root) !== resolve(dest) && existsSync(join(cache(root), PICTURE_CACHE)));
  for (const root of sources) {
    const marker = join(cache(root), PICTURE_DIGEST_FILE);
    if (!existsSync(marker) || readFileSync(marker, 'utf8') !== digest) continue;
    cpSync(join(cache(root), PICTURE_CACHE), join(cache(dest), PICTURE_CACHE), { recursive: true, force: false });
    writeFileSync(join(cache(dest), PICTURE_DIGEST_FILE), digest);
  }
}

/** Runs `astro build` in a copy of the project (`env` adds to its environment, e.g. SITE_NOW; `args` go to the command); returns its status and output. */
export function buildIn(dir: string, { env = {}, args = [] }: { env?: Record<string, string>; args?: string[] } = {}): { status: number | null; output: string } {
  // The astro CLI on the Node that runs this script (Astro needs Node 22.12+; the system's may be older).
  const run = spawnSync(process.execPath, [ASTRO_CLI, 'build', ...args], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Copies the project into `dest` with `content` as its content/ and builds it there. */
export function buildCopy(dest: string, content: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  copyProject(dest, content);
  return buildIn(dest, { env });
}
