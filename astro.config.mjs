// @ts-check
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { parse as parseYaml } from 'yaml';
import { adminEditor } from './src/integrations/admin-editor.ts';
import { contentPreflight } from './src/integrations/content-preflight.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { editorOrigins, editorSettingsFromEnv } from './src/lib/editor-config.ts';
import { builtFileForPath, sitemapFactsFromHtml } from './src/lib/sitemap.ts';

// The site's address is a clinic fact, kept once in content/clinic.yaml.
// SITE_URL overrides it for preview deploys (canonical and sitemap URLs follow it).
// A clinic.yaml that cannot be read is reported by the content check (with its line), not here.
const clinic = (() => {
  try {
    return parseYaml(readFileSync(new URL('./content/clinic.yaml', import.meta.url), 'utf8')) ?? {};
  } catch {
    return {};
  }
})();
const site = process.env.SITE_URL || clinic.url;
const bookingOrigin = (() => {
  try {
    return [new URL(clinic.booking.rootUrl).origin];
  } catch {
    return [];
  }
})();
// Where this build writes (astro build --outDir …): the sitemap step reads the pages it just built, never a stale dist/.
let outDir = new URL('./dist/', import.meta.url);

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Two entries or routes that would publish one address stop the build, naming both (Astro only warns by default).
  prerenderConflictBehavior: 'error',
  // Caches live in the project (not node_modules), so copies of it built side by side never share one.
  cacheDir: './.cache/astro',
  build: {
    format: 'directory',
    // The whole stylesheet is a few KB compressed: inlining it saves a render-blocking round trip.
    inlineStylesheets: 'always',
    // Two pages at a time: while one Open Graph image is encoded off the main thread, the next page renders.
    concurrency: 2,
  },
  integrations: [
    contentPreflight(),
    { name: 'massagerx:out-dir', hooks: { 'astro:config:done': ({ config }) => void (outDir = config.outDir) } },
    mdx(),
    sitemap({
      // Each built page says whether it may be indexed and when its content last
      // changed; the sitemap reads that from the page, so it never disagrees with it.
      serialize: async (item) => {
        const html = await readFile(new URL(`.${builtFileForPath(new URL(item.url).pathname)}`, outDir), 'utf8');
        const facts = sitemapFactsFromHtml(html);
        if (!facts.indexable) return undefined;
        return facts.lastmod ? { ...item, lastmod: facts.lastmod } : item;
      },
    }),
    // Before the checks below, which look at what it adds (the editor's files under /admin/).
    adminEditor(),
    securityHeaders({ site, formActions: bookingOrigin, admin: editorOrigins(editorSettingsFromEnv(process.env, { name: clinic.name ?? '' }, site ?? '')) }),
    linkCheck(),
    searchIndex(),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});
