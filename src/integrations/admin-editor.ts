/**
 * The content editor at /admin/: builds the editor's script (Sveltia CMS from
 * npm, with src/admin/editor.ts) once per set of installed packages and version
 * of the code that goes into it (its key hashes both, so it needs no clearing
 * when other code changes: src/integrations/build-cache.ts), keeps it in .cache/admin-editor/<key>/ like the Open
 * Graph images, and copies it into the site after each build. A site build that
 * changes only content reuses it; its configuration is generated per build as
 * /admin/config.json (src/pages/admin/config.json.ts), outside the bundle.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The files whose text makes the bundle what it is: every file the editor's code may import from (more than it does, so that no change is missed), and this one. */
const SOURCE_DIRS = ['src/admin', 'src/lib'];
const sources = (root: string) => [
  ...SOURCE_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
      .sort(),
  ),
  'src/integrations/admin-editor.ts',
];
/**
 * The packages installed, exactly: npm's record of node_modules (every package and version it holds),
 * else the lockfile it was installed from. Any package the bundle pulls in changes it.
 */
const installedPackages = (root: string) => ['node_modules/.package-lock.json', 'package-lock.json'].map((f) => join(root, f)).find(existsSync);

export function bundleKey(root: string): string {
  const hash = createHash('sha256');
  const packages = installedPackages(root);
  hash.update(packages ? readFileSync(packages) : 'no lockfile').update('\n');
  for (const file of sources(root)) hash.update(`${file}\n`).update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

/** The folder holding the editor's built files, building them first when this key has none. */
export async function ensureEditorBundle(root: string, log: (line: string) => void = () => {}): Promise<{ dir: string; built: boolean; ms: number }> {
  const key = bundleKey(root);
  const cache = join(root, '.cache/admin-editor');
  const dir = join(cache, key);
  if (existsSync(join(dir, 'editor.js'))) return { dir, built: false, ms: 0 };
  const started = Date.now();
  const staging = `${dir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  // Vite is Astro's own bundler; loaded only when a bundle has to be made.
  const { build } = await import('vite');
  let fontRules = 0;
  await build({
    configFile: false,
    root,
    // The files are served from /admin/: fonts and chunks are found there.
    base: '/admin/',
    logLevel: 'warn',
    publicDir: false,
    plugins: [
      {
        // The editor declares its fonts twice: from the files bundled here (FontFace API) and, in a stylesheet,
        // from a CDN. The CDN copies are taken out, so that no request leaves the site.
        name: 'massagerx:editor-fonts-from-the-site',
        transform(code, id) {
          if (!id.includes('@sveltia/cms') || !code.includes('cdn.jsdelivr.net/fontsource')) return null;
          const out = code.replace(/src:url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/[^)]+\)\s*format\('[^']+'\)/g, () => {
            fontRules++;
            return "src:local('the copy bundled with the site')";
          });
          if (out.includes('cdn.jsdelivr.net')) throw new Error('The editor package loads something else from a CDN: see src/integrations/admin-editor.ts');
          return out;
        },
      },
    ],
    resolve: {
      // Code-highlighting grammars and themes are left out (see src/admin/empty-module.ts).
      alias: [{ find: /^@shikijs\/(langs|themes)\/.*$/, replacement: join(root, 'src/admin/empty-module.ts') }],
    },
    build: {
      outDir: staging,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      rollupOptions: {
        input: { editor: join(root, 'src/admin/editor.ts') },
        output: { entryFileNames: 'editor.js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
      },
    },
  });
  if (fontRules === 0) throw new Error('The editor package no longer declares its CDN fonts the way src/integrations/admin-editor.ts expects: check that it loads nothing from a CDN.');
  // Old bundles go; the new one takes its place whole, so a build interrupted halfway leaves no broken cache.
  if (existsSync(cache)) for (const old of readdirSync(cache)) if (!old.includes('.staging-')) rmSync(join(cache, old), { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  renameSync(staging, dir);
  const ms = Date.now() - started;
  log(`Editor bundle built in ${(ms / 1000).toFixed(1)} s (${key})`);
  return { dir, built: true, ms };
}

/** Total size of the files in a folder, in bytes. */
export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

export function adminEditor(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'massagerx:admin-editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { dir: bundle, built } = await ensureEditorBundle(root, (line) => logger.info(line));
        const target = join(fileURLToPath(dir), 'admin');
        cpSync(bundle, target, { recursive: true });
        logger.info(`Editor at /admin/: ${built ? 'new bundle' : 'bundle from .cache/admin-editor'}, ${(folderBytes(bundle) / 1024 / 1024).toFixed(1)} MB`);
      },
    },
  };
}
