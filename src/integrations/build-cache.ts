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
import { join, relative } from 'node:path';
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

/** Empties the build caches when the code they were made with is not this code; says whether it did. */
export function clearCachesOfOtherCode(root: string, env: Record<string, string | undefined>): boolean {
  const cacheDir = join(root, '.cache');
  const marker = join(cacheDir, DIGEST_FILE);
  const digest = codeDigest(root, env);
  const previous = existsSync(marker) ? readFileSync(marker, 'utf8') : undefined;
  if (previous === digest) return false;
  for (const cache of BUILD_CACHES) rmSync(join(cacheDir, cache), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(marker, digest);
  return previous !== undefined;
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
