/**
 * Keeps the build's caches from serving what older code made. Astro's content
 * store, the pages its incremental build copies and the Open Graph images are
 * each keyed on what they are made from, but not on all the code that makes them (a schema's transform changes what an unchanged file
 * becomes). So every build first takes one digest of the code, the packages and
 * the settings it reads; when it differs from the digest the caches were made
 * with, they are emptied before anything reads them. Content, and the day the
 * build publishes for, are keyed where they are used (Site.cacheKey in
 * src/data/site.ts), so a content edit keeps the caches. A cache is only ever a
 * shortcut: a build with it gives, byte for byte, what a build without it gives.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything but content/ that a build reads: its code, configuration, public files and exact packages. */
export const CODE_INPUTS = ['src', 'public', 'astro.config.mjs', 'tailwind.config.cjs', 'tsconfig.json', 'package.json', 'package-lock.json'] as const;
/** The settings a build reads from its environment (SITE_NOW is not one: the day it gives is in Site.cacheKey). */
export const ENV_INPUTS = ['SITE_URL', 'SITE_PREVIEW', 'CMS_GITHUB_REPO', 'CMS_BRANCH', 'CMS_AUTH_URL', 'GITHUB_REPOSITORY', 'NETLIFY', 'CF_PAGES'] as const;
/**
 * The caches under .cache/ keyed on content but not on all the code that uses it (test and audit copies of
 * the project keep their own). The editor's bundle (.cache/admin-editor/) is not one: its key is its own
 * code and the installed packages (src/integrations/admin-editor.ts), so no other change can make it stale.
 */
export const BUILD_CACHES = ['astro', 'og-images'] as const;
const DIGEST_FILE = 'build-code-digest';

/**
 * The pictures Astro's image pipeline made (.cache/astro/assets/) are named by a hash of their
 * source's bytes and of the options they were made with, so no change of content or of our code
 * can make one stale: only the pipeline itself, its settings (astro.config.mjs) and its code
 * (Astro's, sharp's). They are kept under a digest of those alone, which copies of the project
 * share (scripts/lib/project-copy.ts seeds a new copy's with them).
 */
export const PICTURE_CACHE = 'astro/assets';
export const PICTURE_INPUTS = ['astro.config.mjs', 'node_modules/astro/package.json', 'node_modules/sharp/package.json'] as const;
export const PICTURE_DIGEST_FILE = 'picture-code-digest';

function filesOf(root: string, item: string): string[] {
  const path = join(root, item);
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [item];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** One digest of the code, packages and settings a build of the project at `root` reads. */
export function codeDigest(root: string, env: Record<string, string | undefined>): string {
  const hash = createHash('sha256');
  for (const file of CODE_INPUTS.flatMap((item) => filesOf(root, item))) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  for (const name of ENV_INPUTS) hash.update(`${name}=${env[name] ?? ''}\0`);
  return hash.digest('hex');
}

/** One digest of what the pictures the image pipeline makes depend on, besides their names (PICTURE_INPUTS). */
export function pictureDigest(root: string): string {
  const hash = createHash('sha256');
  for (const file of PICTURE_INPUTS) hash.update(`${file}\0`).update(existsSync(join(root, file)) ? readFileSync(join(root, file)) : '').update('\0');
  return hash.digest('hex');
}

/** Replaces `file`'s digest when it is not `digest`; says whether it was another (not merely absent). */
function stale(file: string, digest: string): { stale: boolean; changed: boolean } {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (previous === digest) return { stale: false, changed: false };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, digest);
  return { stale: true, changed: previous !== undefined };
}

/** Empties the build caches when the code they were made with is not this code (the pictures, when the image pipeline is not this one); says whether it did. */
export function clearCachesOfOtherCode(root: string, env: Record<string, string | undefined>): boolean {
  const cacheDir = join(root, '.cache');
  const pictures = join(cacheDir, PICTURE_CACHE);
  if (stale(join(cacheDir, PICTURE_DIGEST_FILE), pictureDigest(root)).stale) rmSync(pictures, { recursive: true, force: true });
  const code = stale(join(cacheDir, DIGEST_FILE), codeDigest(root, env));
  if (!code.stale) return false;
  for (const cache of BUILD_CACHES) {
    const dir = join(cacheDir, cache);
    if (!existsSync(dir)) continue;
    // Everything but the pictures, which their own digest keeps.
    for (const entry of readdirSync(dir)) if (join(dir, entry) !== pictures) rmSync(join(dir, entry), { recursive: true, force: true });
  }
  return code.changed;
}

export function buildCache(): AstroIntegration {
  return {
    name: 'massagerx:build-cache',
    hooks: {
      // First of all integrations: before the content check draws images ahead and before Astro loads its content store.
      'astro:config:setup': ({ config, logger }) => {
        if (clearCachesOfOtherCode(fileURLToPath(config.root), process.env)) logger.info('The code, packages or settings changed since the last build: its caches were emptied (a full build)');
      },
    },
  };
}
