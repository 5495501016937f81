/**
 * /og/default.png and /og/articles/<id>.png (/<code>/og/… in the clinic's other languages, with
 * their words): the images shown when a page is shared; an article with a hero is shared with it. Drawn at build time and cached (src/lib/media/og-image.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { findById, getSite, inEveryLanguage } from '../../../data/site';
import { interfaceStrings } from '../../../lib/i18n/languages';
import { articleOgInput, cardLogo, drawAhead, ogImageKey, ogImagePng, siteOgInput, type OgImageInput } from '../../../lib/media/og-image';

export const getStaticPaths = inEveryLanguage(async (_options: unknown, language) => {
  const { clinic, locations, articles, therapists, language: drawnIn } = await getSite(language);
  const words = interfaceStrings(drawnIn).og;
  const logo = cardLogo();
  const site = { params: { image: 'default' }, props: { input: siteOgInput({ ...clinic, address: locations[0]!.address }, words, logo) } };
  // An article with a hero is shared with its hero (src/layouts/ArticleLayout.astro): no card to draw.
  const perArticle = articles.filter((a) => !a.data.hero).map((a) => {
    const author = findById(therapists, a.data.author.id, 'therapist', `${a.filePath}: author`);
    return { params: { image: `articles/${a.id}` }, props: { input: articleOgInput(a.data.title, author.data, clinic.name, words, logo) } };
  });
  // An image is the same file while its inputs are: Astro's incremental build copies it from the last build.
  const paths = [site, ...perArticle].map((p) => ({ ...p, cacheKey: ogImageKey(p.props.input) }));
  // Most are being drawn since the configuration was read (content-preflight); any other is drawn while the pages render.
  drawAhead(paths.map((p) => p.props.input));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params }) => {
  const { png, drawn } = await ogImagePng(props['input'] as OgImageInput);
  // The build log says which images were drawn; a rebuild with unchanged content draws none.
  if (drawn) console.log(`[og-image] drawn /og/${params['image']}.png`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
