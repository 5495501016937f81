// @ts-check
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { parse as parseYaml } from 'yaml';
import { linkCheck } from './src/integrations/link-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { builtFileForPath, sitemapFactsFromHtml } from './src/lib/sitemap.ts';

// The site's address is a clinic fact, kept once in content/clinic.yaml.
// SITE_URL overrides it for preview deploys (canonical and sitemap URLs follow it).
const clinic = parseYaml(readFileSync(new URL('./content/clinic.yaml', import.meta.url), 'utf8'));
const site = process.env.SITE_URL || clinic.url;

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The whole stylesheet is a few KB compressed: inlining it saves a render-blocking round trip.
    inlineStylesheets: 'always',
    // Two pages at a time: while one Open Graph image is encoded off the main thread, the next page renders.
    concurrency: 2,
  },
  integrations: [
    mdx(),
    sitemap({
      // Each built page says whether it may be indexed and when its content last
      // changed; the sitemap reads that from the page, so it never disagrees with it.
      serialize: async (item) => {
        const html = await readFile(new URL(`./dist${builtFileForPath(new URL(item.url).pathname)}`, import.meta.url), 'utf8');
        const facts = sitemapFactsFromHtml(html);
        if (!facts.indexable) return undefined;
        return facts.lastmod ? { ...item, lastmod: facts.lastmod } : item;
      },
    }),
    securityHeaders({ site, formActions: [new URL(clinic.booking.rootUrl).origin] }),
    linkCheck(),
    searchIndex(),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});
