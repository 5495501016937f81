// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { adminEditor } from './src/integrations/admin-editor.ts';
import { buildCache } from './src/integrations/build-cache.ts';
import { contentPreflight } from './src/integrations/content-preflight.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { renderedPagesIntegration, sitemapFactsFor } from './src/integrations/rendered-pages.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { clinicSettings } from './src/lib/clinic/settings.ts';
import { analytics } from './src/integrations/analytics.ts';
import { editorOrigins, editorSettingsFromEnv } from './src/lib/editor/config.ts';
import { headingAnchorsPlugin } from './src/lib/content/heading-anchors.ts';
import { linksOutPlugin } from './src/lib/content/links-out.ts';

// The site's address, name and languages are clinic facts, kept once in content/clinic.yaml and read by
// src/lib/clinic/settings.ts (its schema checks them; one it cannot read is reported there, with its line).
// SITE_URL overrides the address for a build served elsewhere (canonical and sitemap URLs follow it).
const clinic = clinicSettings((() => {
  try {
    return readFileSync(new URL('./content/clinic.yaml', import.meta.url), 'utf8');
  } catch {
    return '';
  }
})());
const site = process.env.SITE_URL || clinic.url;
// The first language at the root, each other under /<code>/.
const { languages } = clinic;
export default defineConfig({
  site,
  i18n: { locales: languages, defaultLocale: languages[0], routing: { prefixDefaultLocale: false } },
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
    // Pages render while Open Graph images are drawn in worker threads (src/lib/media/og-image.ts);
    // a few in flight, so that an image route waiting for its drawing does not hold up the pages behind it.
    concurrency: 4,
  },
  markdown: {
    // Astro's own Markdown processor; links out in content get rel="noopener" as they are rendered, like the components' own,
    // and section headings a stable id and a link to themselves.
    processor: satteri({ hastPlugins: [linksOutPlugin(site), headingAnchorsPlugin()] }),
  },
  // Pages whose data (each route's cacheKey, src/data/site.ts) and code are unchanged are copied from the last build.
  experimental: { incrementalBuild: true },
  integrations: [
    // First: empties the caches when the code that made them is not this code.
    buildCache(),
    contentPreflight(),
    // Every rendered page passes through it once; the sitemap, link check, policy and search index use what it recorded.
    renderedPagesIntegration(),
    mdx(),
    // The layout's counting component: the counting script is built only when the clinic counts (content/clinic.yaml, analytics).
    analytics(clinic.analytics),
    sitemap({
      // Each page says, as it renders, whether it may be indexed and when its
      // content last changed (the same values as its head), so the sitemap never disagrees with it.
      serialize: (item) => {
        const facts = sitemapFactsFor(new URL(item.url).pathname);
        if (!facts.indexable) return undefined;
        // The page in its other languages (xhtml:link), the same alternates as its head.
        const links = facts.alternates?.map((a) => ({ url: a.href, lang: a.hreflang }));
        return { ...item, ...(facts.lastmod ? { lastmod: facts.lastmod } : {}), ...(links ? { links } : {}) };
      },
    }),
    // Before the checks below, which look at what it adds (the editor's files under /admin/).
    adminEditor(),
    securityHeaders({ languages, admin: editorOrigins(editorSettingsFromEnv(process.env, { name: clinic.name ?? '' }, site ?? '')), connect: clinic.connect }),
    linkCheck(),
    searchIndex(),
  ],
  image: {
    // AVIF at sharp's effort 3, not its default 4: on the clinic's and the fixture's pictures it encodes 2.5–2.7 times
    // faster for 9–10% more bytes (about 0.7 KB on the home page's hero on a phone), and every new photo is encoded
    // by the build that first publishes it.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 3 } } },
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
