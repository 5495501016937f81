/**
 * After the build: marks every link to another site rel="noopener" (booking
 * links keep the referrer, so the platform sees where the client came from), then
 * hashes every inline style and script the build produced and writes the
 * Content-Security-Policy into dist/_headers (copied from public/_headers).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAdminCsp, buildCsp, cspHash, inlineCode } from '../lib/csp.ts';
import { addToBlock, withoutDetachLines } from '../lib/headers-file.ts';
import { htmlFiles } from './dist-links.ts';

/** Adds rel="noopener" to links to other origins that have no rel; leaves the rest alone. */
export function markExternalLinks(html: string, siteOrigin: string): string {
  return html.replace(/<a\b([^>]*)>/gi, (tag, attributes: string) => {
    const href = /\bhref\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
    if (!href || !/^https?:\/\//i.test(href) || href.startsWith(siteOrigin) || /\brel\s*=/i.test(attributes)) return tag;
    return `<a${attributes} rel="noopener">`;
  });
}

export function securityHeaders(options: { site: string; formActions: string[]; admin: { connect: string[]; images: string[] } }): AstroIntegration {
  return {
    name: 'massagerx:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const siteOrigin = new URL(options.site).origin;
        const scripts: string[] = [];
        const styles: string[] = [];
        for (const file of htmlFiles(dist)) {
          const html = readFileSync(file, 'utf8');
          const marked = markExternalLinks(html, siteOrigin);
          if (marked !== html) writeFileSync(file, marked);
          const inline = inlineCode(marked);
          scripts.push(...inline.scripts.map(cspHash));
          styles.push(...inline.styles.map(cspHash));
        }
        const csp = buildCsp({ scriptHashes: scripts, styleHashes: styles, formActions: options.formActions });
        const headersFile = join(dist, '_headers');
        if (!existsSync(headersFile)) throw new Error('public/_headers is missing: the site ships its security headers in it (docs/DEPLOY.md).');
        let text = addToBlock(readFileSync(headersFile, 'utf8'), '/*', [`Content-Security-Policy: ${csp}`]);
        text = addToBlock(text, '/admin/*', [`Content-Security-Policy: ${buildAdminCsp(options.admin)}`]);
        if (process.env['NETLIFY'] === 'true') text = withoutDetachLines(text);
        writeFileSync(headersFile, text);
        logger.info(`Content-Security-Policy: ${new Set(scripts).size} inline script hash(es), ${new Set(styles).size} inline style hash(es)`);
      },
    },
  };
}
