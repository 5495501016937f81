/**
 * Fails the build when a built page links to a page or file the build did not
 * produce, or links out without rel. Works from the pages as they were rendered
 * (src/integrations/rendered-pages.ts): no page is read back. A broken link
 * written in content/ is reported with its file and line, so that staff can fix
 * it where they wrote it.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceFile } from '../lib/routes/page-ref.ts';
import { brokenReferences, type BrokenReference } from '../lib/hosting/links.ts';
import { builtFileForPath } from '../lib/seo/sitemap.ts';
import { distLookup } from './dist-links.ts';
import { renderedPages } from './rendered-pages.ts';

/** A broken link, with the content file and line it is written on where the page comes from one (its reference, as it rendered). */
export function describeBroken(root: string, broken: BrokenReference, source: string | undefined): string {
  if (source) {
    const lines = readFileSync(join(root, source), 'utf8').split('\n');
    const index = lines.findIndex((line) => line.includes(`(${broken.reference})`) || line.includes(`"${broken.reference}"`) || line.includes(broken.reference));
    if (index >= 0) return `${source}: line ${index + 1}: link to "${broken.reference}": ${broken.why} (no such page is built; check the address)`;
  }
  return `page ${broken.page}: link to "${broken.reference}": ${broken.why}`;
}

export function linkCheck(): AstroIntegration {
  let root = process.cwd();
  let siteOrigin: string | undefined;
  return {
    name: 'massagerx:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        siteOrigin = config.site ? new URL(config.site).origin : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const rendered = [...renderedPages().values()];
        const idsByFile = new Map(rendered.map((page) => [builtFileForPath(page.path), new Set(page.scan.ids)]));
        const broken = brokenReferences(
          rendered.map((page) => ({ path: page.path, references: page.scan.references })),
          distLookup(fileURLToPath(dir), (file) => idsByFile.get(file)),
          siteOrigin,
        );
        const withoutRel = rendered.flatMap((page) => page.scan.linksOutWithoutRel.map((reference) => ({ page: page.path, reference, why: 'links to another site without rel="noopener" (a component must set it; links in content get it at render)' })));
        const problems = [...broken, ...withoutRel];
        if (problems.length > 0) {
          throw new Error(`Broken links (${problems.length}):\n${problems.map((b) => `  ${describeBroken(root, b, sourceFile(renderedPages().get(b.page)?.ref))}`).join('\n')}`);
        }
        logger.info(`Every internal link and asset resolves (${rendered.length} pages)`);
      },
    },
  };
}
