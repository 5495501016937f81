import type { APIRoute } from 'astro';

/** robots.txt: everything may be crawled; the sitemap's address follows the site URL (SITE_URL for previews). */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs has no `site`; robots.txt needs it for the sitemap address.');
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('sitemap-index.xml', site).href}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
