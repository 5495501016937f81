/**
 * Reads every file in content/ before Astro does and stops the build (or warns
 * in `astro dev`) with one plain message per problem: the file, the line, what
 * to write instead (src/lib/content-preflight.ts). Nothing here writes to content/.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, type ContentProblem } from '../lib/content-integrity.ts';
import { CLINIC_FILE, isParked, layoutProblems, mdxProblems, splitSource, yamlProblems } from '../lib/content-preflight.ts';
import { drawAhead } from '../lib/og-image.ts';
import { ogInputsFromSources, type ContentSources } from '../lib/og-early.ts';
import { reservedPageSegments } from '../lib/urls.ts';

/** Every file below a folder, as paths relative to it. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

export function checkContentFolder(contentDir: string): { files: number; problems: ContentProblem[]; sources: ContentSources } {
  const files = filesBelow(contentDir);
  const problems = layoutProblems(files, reservedPageSegments());
  const sources = { clinic: '', therapists: new Map<string, string>(), articles: [] as string[] };
  for (const file of files) {
    if (isParked(file)) continue;
    const path = `content/${file}`;
    if (file === CLINIC_FILE) {
      sources.clinic = readFileSync(join(contentDir, file), 'utf8');
      problems.push(...yamlProblems(path, sources.clinic));
      continue;
    }
    if (!/\.mdx?$/.test(file)) continue;
    const source = splitSource(readFileSync(join(contentDir, file), 'utf8'));
    problems.push(...yamlProblems(path, source.frontmatter, source.frontmatterLine));
    const [folder, name] = file.split('/');
    if (folder === 'therapists' && name) sources.therapists.set(name.replace(/\.mdx?$/, ''), source.frontmatter);
    if (folder === 'articles') sources.articles.push(source.frontmatter);
    if (file.endsWith('.mdx')) problems.push(...mdxProblems(path, source.body, source.bodyLine));
  }
  return { files: files.length, problems, sources };
}

export function contentPreflight(): AstroIntegration {
  return {
    name: 'massagerx:content-preflight',
    hooks: {
      // Before Astro loads the collections, so that these messages come first.
      'astro:config:setup': ({ config, logger, command }) => {
        const { files, problems, sources } = checkContentFolder(fileURLToPath(new URL('./content/', config.root)));
        if (problems.length === 0) {
          logger.info(`Content checked: ${files} files`);
          // Images not in the cache are drawn from now on, while Astro loads the collections and bundles (src/lib/og-early.ts).
          if (command === 'build') drawAhead(ogInputsFromSources(sources));
          return;
        }
        const error = new ContentError(problems);
        // The dev server keeps running so that the fix can be seen; a build stops.
        if (command === 'dev') logger.error(error.message);
        else throw error;
      },
    },
  };
}
