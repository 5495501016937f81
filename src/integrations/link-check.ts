/**
 * Fails the build when a built page links to a page or file the build did not
 * produce. A broken link written in content/ is reported with its file and line,
 * so that staff can fix it where they wrote it.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokenReferences, type BrokenReference } from './dist-links.ts';

/** The content file a built page comes from, if any. */
function sourceOf(root: string, page: string): string | undefined {
  const match = /^\/(articles|services|therapists|topics)\/([^/]+)\/$/.exec(page);
  const candidates = match
    ? [`content/${match[1]}/${match[2]}.mdx`, `content/${match[1]}/${match[2]}.md`]
    : [`content/pages${page.replace(/\/$/, '')}.md`];
  return candidates.find((file) => existsSync(join(root, file)));
}

export function describeBroken(root: string, broken: BrokenReference): string {
  const source = sourceOf(root, broken.page);
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
        const broken = brokenReferences(fileURLToPath(dir), siteOrigin);
        if (broken.length > 0) {
          throw new Error(`Broken links (${broken.length}):\n${broken.map((b) => `  ${describeBroken(root, b)}`).join('\n')}`);
        }
        logger.info('Every internal link and asset resolves');
      },
    },
  };
}
