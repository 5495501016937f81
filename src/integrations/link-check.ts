/**
 * Fails the build when a built page links to a page or file the build did not
 * produce, or links out without rel. Works from the pages as they were rendered
 * (src/integrations/rendered-pages.ts): no page is read back. A broken link
 * written in content/ is reported with its file and line, so that staff can fix
 * it where they wrote it.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLanguage } from '../lib/i18n.ts';
import { brokenReferences, type BrokenReference } from '../lib/links.ts';
import { builtFileForPath } from '../lib/sitemap.ts';
import { distLookup } from './dist-links.ts';
import { renderedPages } from './rendered-pages.ts';

/**
 * The content file a built page comes from, if any: an entry's page in any language
 * (/fr/articles/x/ is content/articles/fr/x.mdx; a location's pages are its one file),
 * or a page of content/pages/. (Issue 30 replaces this reading of paths with the
 * reference each page records as it renders.)
 */
export function sourceOf(root: string, page: string): string | undefined {
  const segments = page.split('/').filter(Boolean);
  const language = isLanguage(segments[0]) && segments.length > 1 ? segments.shift()! : undefined;
  const inLanguage = (folder: string) => (language ? `${folder}/${language}` : folder);
  const [section, id] = segments;
  const candidates =
    segments.length === 2 && section && id && ['articles', 'services', 'therapists', 'topics'].includes(section)
      ? [`content/${inLanguage(section)}/${id}.mdx`, `content/${inLanguage(section)}/${id}.md`]
      : segments.length === 2 && section === 'locations'
        ? [`content/locations/${id}.yaml`]
        : [`content/${inLanguage('pages')}/${segments.join('/')}.md`, `content/${inLanguage('pages')}/${segments.join('/')}.mdx`];
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
          throw new Error(`Broken links (${problems.length}):\n${problems.map((b) => `  ${describeBroken(root, b)}`).join('\n')}`);
        }
        logger.info(`Every internal link and asset resolves (${rendered.length} pages)`);
      },
    },
  };
}
