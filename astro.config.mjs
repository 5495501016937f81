// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { parse as parseYaml } from 'yaml';
import { searchIndex } from './src/integrations/search-index.ts';

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
  },
  integrations: [
    mdx(),
    sitemap({
      // Only indexable pages: not the 404, not the (noindex) search page.
      filter: (page) => !/^\/(404|search)\/?$/.test(new URL(page).pathname),
    }),
    searchIndex(),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});
