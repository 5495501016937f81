/**
 * Reads every file in content/ before Astro does and stops the build (or warns
 * in `astro dev`) with one plain message per problem: the file, the line, what
 * to write instead (src/lib/content-preflight.ts). Nothing here writes to content/.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FORBIDDEN_WORDS, forbiddenWordsInEntry } from '../lib/advertising-words.ts';
import { ContentError, type ContentProblem } from '../lib/content-integrity.ts';
import { CLINIC_FILE, isParked, layoutProblems, mdxProblems, splitSource, yamlProblems } from '../lib/content-preflight.ts';
import { drawAhead } from '../lib/og-image.ts';
import { ogInputsFromSources, type ContentSources } from '../lib/og-early.ts';
import { reservedPageSegments } from '../lib/urls.ts';
import { parse as parseYaml } from 'yaml';

/** Folders whose text is the clinic's advertising: checked for the words its regulator forbids. */
const ADVERTISING_FOLDERS = new Set(['articles', 'services', 'therapists', 'pages']);

/** The regulator's forbidden words as clinic.yaml lists them, or the defaults (a clinic.yaml that cannot be read is reported on its own). */
function forbiddenWordsOf(clinicYaml: string): readonly string[] {
  try {
    const words = (parseYaml(clinicYaml) as { jurisdiction?: { forbiddenWords?: unknown } } | null)?.jurisdiction?.forbiddenWords;
    return Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string' && w.trim() !== '') : DEFAULT_FORBIDDEN_WORDS;
  } catch {
    return DEFAULT_FORBIDDEN_WORDS;
  }
}

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
  const advertising: Array<{ path: string; source: ReturnType<typeof splitSource> }> = [];
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
    if (folder && ADVERTISING_FOLDERS.has(folder)) advertising.push({ path, source });
    if (folder === 'therapists' && name) sources.therapists.set(name.replace(/\.mdx?$/, ''), source.frontmatter);
    if (folder === 'articles') sources.articles.push(source.frontmatter);
    if (file.endsWith('.mdx')) problems.push(...mdxProblems(path, source.body, source.bodyLine));
  }
  const forbidden = forbiddenWordsOf(sources.clinic);
  for (const { path, source } of advertising) {
    for (const finding of forbiddenWordsInEntry(source, forbidden)) {
      problems.push({
        file: path,
        field: `line ${finding.line}`,
        message: `"${finding.found}" is a word the regulator does not allow in health advertising (content/clinic.yaml, jurisdiction.forbiddenWords: ${finding.rule}): say what the treatment does instead; if the word is accurate here (a quoted source, say), add it to this file's allowWords with the reason`,
      });
    }
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
