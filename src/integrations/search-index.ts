/**
 * Builds the site-search index with Pagefind (from its npm package, no CDN)
 * right after `astro build` writes dist/, so that every build has a fresh index.
 * Only what is marked data-pagefind-body (articles, services, therapists) is
 * indexed; navigation and footers are not.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported when the config loads: by the time the build is done, Vite's module runner is closed to new imports.
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'massagerx:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Search index: ${added.page_count} pages`);
      },
    },
  };
}
