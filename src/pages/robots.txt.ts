import type { APIRoute } from 'astro';
import { getSite } from '../data/site';

/**
 * robots.txt: everything may be crawled; the sitemap's address follows the site URL. A preview
 * build has no sitemap (every page says noindex, which crawlers must be allowed to read).
 */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs has no `site`; robots.txt needs it for the sitemap address.');
  const { preview } = await getSite();
  const body = ['User-agent: *', 'Allow: /', ...(preview ? [] : ['', `Sitemap: ${new URL('sitemap-index.xml', site).href}`]), ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
