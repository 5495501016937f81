/**
 * After the build: writes the Content-Security-Policy into dist/_headers (copied
 * from public/_headers), with the hash of every inline style and script the
 * build rendered (src/integrations/rendered-pages.ts), the search page's (the
 * same, plus WebAssembly) for /search/*, and the editor's policy for /admin/*.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAdminCsp, buildCsp, webAssemblyPaths } from '../lib/hosting/csp.ts';
import { addToBlock, copyBlock, withoutDetachLines } from '../lib/hosting/headers-file.ts';
import { isPreviewBuild } from '../lib/content/publishing.ts';
import { inlineCodeHashes } from './rendered-pages.ts';

export function securityHeaders(options: { languages: readonly string[]; admin: { connect: string[]; images: string[] }; connect?: string[] }): AstroIntegration {
  return {
    name: 'massagerx:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { scripts, styles } = inlineCodeHashes();
        const policy = { scriptHashes: scripts, styleHashes: styles, connect: options.connect ?? [] };
        const headersFile = join(fileURLToPath(dir), '_headers');
        if (!existsSync(headersFile)) throw new Error('public/_headers is missing: the site ships its security headers in it (docs/DEPLOY.md).');
        let text = addToBlock(readFileSync(headersFile, 'utf8'), '/*', [`Content-Security-Policy: ${buildCsp(policy)}`]);
        // Each other language's search page gets the English one's rules (public/_headers writes /search/* once).
        for (const pattern of webAssemblyPaths(options.languages).filter((p) => p !== '/search/*' && p !== '/pagefind/*')) text = copyBlock(text, '/search/*', pattern);
        for (const pattern of webAssemblyPaths(options.languages)) text = addToBlock(text, pattern, [`Content-Security-Policy: ${buildCsp({ ...policy, webAssembly: true })}`]);
        text = addToBlock(text, '/admin/*', [`Content-Security-Policy: ${buildAdminCsp(options.admin)}`]);
        // A preview is for the clinic's eyes: search engines are told so on every response, not only in each page's head.
        if (isPreviewBuild(process.env['SITE_PREVIEW'])) text = addToBlock(text, '/*', ['X-Robots-Tag: noindex, nofollow']);
        if (process.env['NETLIFY'] === 'true') text = withoutDetachLines(text);
        writeFileSync(headersFile, text);
        logger.info(`Content-Security-Policy: ${scripts.length} inline script hash(es), ${styles.length} inline style hash(es)`);
      },
    },
  };
}
