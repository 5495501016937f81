/**
 * Builds the site-search index with Pagefind (from its npm package, no CDN).
 * Each page that marks a part of itself data-pagefind-body (articles, services,
 * therapists) is handed to the indexer as soon as it is rendered, so that
 * indexing runs beside the rendering of the rest; after the build only the index
 * files are written. Navigation and footers are not indexed.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported when the config loads: by the time the build is done, Vite's module runner is closed to new imports.
import * as pagefind from 'pagefind';
import { withoutInlineCode } from '../lib/page-scan.ts';
import { onRenderedPage } from './rendered-pages.ts';

export function searchIndex(): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  let added: Array<Promise<{ errors: string[]; path: string }>> = [];
  onRenderedPage((page, html) => {
    if (!index || !page.scan.searchable) return;
    const url = page.path;
    added.push(index.addHTMLFile({ url, content: withoutInlineCode(html) }).then((result) => ({ errors: result.errors, path: url })));
  });
  return {
    name: 'massagerx:search-index',
    hooks: {
      'astro:build:start': async () => {
        const created = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        index = created.index;
        added = [];
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!index) throw new Error('Pagefind was not started');
        const results = await Promise.all(added);
        const failed = results.filter((r) => r.errors.length > 0);
        if (failed.length > 0) throw new Error(`Pagefind could not index ${failed.map((r) => `${r.path}: ${r.errors.join('; ')}`).join('\n')}`);
        const written = await index.writeFiles({ outputPath: join(fileURLToPath(dir), 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        index = undefined;
        logger.info(`Search index: ${results.length} pages`);
      },
    },
  };
}
