/**
 * Builds the site-search index with Pagefind (from its npm package, no CDN).
 * Each page that marks a part of itself data-pagefind-body (articles, services,
 * therapists) is handed to the indexer as soon as it is rendered, so that
 * indexing runs beside the rendering of the rest; after the build only the index
 * files are written. Navigation and footers are not indexed.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported when the config loads: by the time the build is done, Vite's module runner is closed to new imports.
import * as pagefind from 'pagefind';
import { withoutInlineCode } from '../lib/hosting/page-scan.ts';
import { builtFileForPath } from '../lib/seo/sitemap.ts';
import { onRenderedPage, renderedPages } from './rendered-pages.ts';

export function searchIndex(): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  let added: Array<Promise<{ errors: string[]; path: string }>> = [];
  let cacheDir = '';
  const add = (url: string, html: string) => {
    added.push(index!.addHTMLFile({ url, content: withoutInlineCode(html) }).then((result) => ({ errors: result.errors, path: url })));
  };
  onRenderedPage((page, html) => {
    if (index && page.scan.searchable) add(page.path, html);
  });
  return {
    name: 'massagerx:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'pagefind');
      },
      'astro:build:start': async () => {
        // One index per language, each from the pages whose <html lang> it is, stemmed in that language:
        // a French search page loads the French index only, so a word both languages share finds French pages.
        const created = await pagefind.createIndex({});
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        index = created.index;
        added = [];
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!index) throw new Error('Pagefind was not started');
        const outputPath = join(fileURLToPath(dir), 'pagefind');
        // Pages Astro's incremental build copied unchanged: when no searchable page was rendered, the index is the last build's.
        const searchable = [...renderedPages().values()].filter((page) => page.scan.searchable);
        const pageList = JSON.stringify(searchable.map((page) => page.path).sort());
        const listFile = join(cacheDir, 'pages.json');
        if (searchable.every((page) => page.restored) && existsSync(listFile) && readFileSync(listFile, 'utf8') === pageList) {
          cpSync(join(cacheDir, 'output'), outputPath, { recursive: true });
          await pagefind.close();
          index = undefined;
          logger.info(`Search index: ${searchable.length} pages, unchanged since the last build`);
          return;
        }
        for (const page of searchable.filter((page) => page.restored)) add(page.path, readFileSync(join(fileURLToPath(dir), builtFileForPath(page.path)), 'utf8'));
        const results = await Promise.all(added);
        const failed = results.filter((r) => r.errors.length > 0);
        if (failed.length > 0) throw new Error(`Pagefind could not index ${failed.map((r) => `${r.path}: ${r.errors.join('; ')}`).join('\n')}`);
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        rmSync(cacheDir, { recursive: true, force: true });
        cpSync(outputPath, join(cacheDir, 'output'), { recursive: true });
        writeFileSync(listFile, pageList);
        await pagefind.close();
        index = undefined;
        logger.info(`Search index: ${results.length} pages`);
      },
    },
  };
}
