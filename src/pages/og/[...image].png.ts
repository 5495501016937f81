/**
 * /og/default.png and /og/articles/<id>.png: the images shown when a page is
 * shared. Drawn at build time and cached (src/lib/og-image.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { findById, getSite } from '../../data/site';
import { drawAhead, ogImageKey, ogImagePng, type OgImageInput } from '../../lib/og-image';

export const getStaticPaths = (async () => {
  const { clinic, articles, therapists } = await getSite();
  const site = { params: { image: 'default' }, props: { input: { title: clinic.tagline, kicker: 'Registered massage therapy', footer: `${clinic.address.locality}, ${clinic.address.region} · ${clinic.phone.display}`, siteName: clinic.name } } };
  const perArticle = articles.map((a) => {
    const author = findById(therapists, a.data.author.id, 'therapist', `${a.filePath}: author`);
    const input: OgImageInput = { title: a.data.title, kicker: 'Health article', footer: `By ${author.data.name}, ${author.data.credentials} · ${clinic.name}`, siteName: clinic.name };
    return { params: { image: `articles/${a.id}` }, props: { input } };
  });
  // An image is the same file while its inputs are: Astro's incremental build copies it from the last build.
  const paths = [site, ...perArticle].map((p) => ({ ...p, cacheKey: ogImageKey(p.props.input) }));
  // Astro asks every route for its paths before it renders any page: the images are drawn while the pages render.
  drawAhead(paths.map((p) => p.props.input));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params }) => {
  const { png, drawn } = await ogImagePng(props['input'] as OgImageInput);
  // The build log says which images were drawn; a rebuild with unchanged content draws none.
  if (drawn) console.log(`[og-image] drawn /og/${params['image']}.png`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
