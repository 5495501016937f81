// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Its caches in its own folder, like the site's (astro.config.mjs): a cold build of either starts from nothing.
export default defineConfig({ site: 'https://bare.example', cacheDir: './.cache/astro', integrations: [mdx()] });
