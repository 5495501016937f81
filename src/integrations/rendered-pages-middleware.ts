/**
 * Added by the rendered-pages integration to `astro build` only: hands each
 * rendered HTML page, unchanged, to the build's record of pages
 * (src/integrations/rendered-pages.ts) before Astro writes it.
 */
import type { MiddlewareHandler } from 'astro';
import type { PageRef } from '../lib/routes/page-ref.ts';
import type { SitemapFacts } from '../lib/seo/sitemap.ts';

/** Where the build's record of pages waits for them: on globalThis, present only while `astro build` renders (this file is bundled apart from the integration). */
export const COLLECTOR_KEY = Symbol.for('massagerx.rendered-pages');
export interface Collector {
  add(path: string, html: Uint8Array, sitemap: SitemapFacts | undefined, ref: PageRef | undefined): void;
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const collector = (globalThis as Record<symbol, Collector | undefined>)[COLLECTOR_KEY];
  if (!collector || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Read after the body: the page and its layout set them while rendering.
  collector.add(context.url.pathname, bytes, context.locals.sitemap, context.locals.page);
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
};
