/**
 * /admin/config.json: the editor's configuration, made at build time from the
 * content model (src/content-schema.ts) and the editor's settings (repository and
 * sign-in service, from the environment: docs/DEPLOY.md).
 */
import type { APIRoute } from 'astro';
import { schemas } from '../../content-schema';
import { siteRoot } from '../../data/facts';
import { getSite } from '../../data/site';
import { buildEditorConfig, editorSettingsFromEnv, imageStandIn } from '../../lib/editor/config';

export const GET: APIRoute = async ({ site }) => {
  const { clinic, languages } = await getSite();
  const config = buildEditorConfig(schemas, { ...editorSettingsFromEnv(process.env, clinic, siteRoot(site ?? clinic.url)), languages }, imageStandIn);
  return new Response(JSON.stringify(config, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
