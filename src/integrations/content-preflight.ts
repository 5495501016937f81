/**
 * Reads every file in content/ before Astro does and stops the build (or warns
 * in `astro dev`) with one plain message per problem: the file, the line, what
 * to write instead (src/lib/content/preflight.ts). Nothing here writes to content/.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forbiddenWordsInEntry } from '../lib/clinic/advertising-words.ts';
import { clinicSettings } from '../lib/clinic/settings.ts';
import { isLanguage } from '../lib/i18n/languages.ts';
import { ContentError, type ContentProblem } from '../lib/content/integrity.ts';
import { CLINIC_FILE, isParked, layoutProblems, mdxProblems, missingPictures, splitSource, yamlProblems } from '../lib/content/preflight.ts';
import { imageFileProblems, PICTURE_FILE, publishedAsIsProblems } from '../lib/media/image-files.ts';
import { cardLogo, drawAhead } from '../lib/media/og-image.ts';
import { ogInputsFromSources, type ContentSources } from '../lib/media/og-early.ts';
import { buildMoment, isPreviewBuild } from '../lib/content/publishing.ts';
import { reservedPageSegments } from '../lib/routes/urls.ts';

/** Folders whose text is the clinic's advertising: checked for the words its regulator forbids. */
const ADVERTISING_FOLDERS = new Set(['articles', 'services', 'therapists', 'pages']);

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
      problems.push(...missingPictures(path, sources.clinic, 1, (relative) => existsSync(join(contentDir, relative))));
      continue;
    }
    if (PICTURE_FILE.test(file)) {
      problems.push(...imageFileProblems(path, readFileSync(join(contentDir, file))));
      continue;
    }
    if (!/\.mdx?$/.test(file)) continue;
    const source = splitSource(readFileSync(join(contentDir, file), 'utf8'));
    problems.push(...yamlProblems(path, source.frontmatter, source.frontmatterLine));
    problems.push(...missingPictures(path, source.frontmatter, source.frontmatterLine, (relative) => existsSync(join(contentDir, dirname(file), relative))));
    const [folder, name] = file.split('/');
    if (folder && ADVERTISING_FOLDERS.has(folder)) advertising.push({ path, source });
    // The first language's entries (a language folder's are drawn by their own routes, in their own words).
    const inFirstLanguage = file.split('/').length === 2;
    if (folder === 'therapists' && name && inFirstLanguage) sources.therapists.set(name.replace(/\.mdx?$/, ''), source.frontmatter);
    if (folder === 'articles' && inFirstLanguage) sources.articles.push(source.frontmatter);
    if (file.endsWith('.mdx')) problems.push(...mdxProblems(path, source.body, source.bodyLine));
  }
  const { forbiddenWords: forbidden, languages } = clinicSettings(sources.clinic);
  const root = languages[0]!;
  for (const { path, source } of advertising) {
    // content/<collection>/fr/x.mdx is French; every other file is in the site's first language.
    const folder = path.split('/')[2];
    const language = isLanguage(folder) && folder !== root && path.split('/').length > 3 ? folder : root;
    for (const finding of forbiddenWordsInEntry(source, forbidden[language])) {
      problems.push({
        file: path,
        field: `line ${finding.line}`,
        message: `"${finding.found}" is a word the regulator does not allow in health advertising (content/clinic.yaml, jurisdiction.forbiddenWords.${language}: ${finding.rule}): say what the treatment does instead; if the word is accurate here (a quoted source, say), add it to this file's allowWords with the reason`,
      });
    }
  }
  // The clinic's logo, for the sharing cards drawn ahead: read once the checks have found it there and sound.
  return { files: files.length, problems, sources: { ...sources, ...(problems.length === 0 ? { logo: cardLogo(contentDir) } : {}) } };
}

/** Pictures in public/ (the editor's global media folder among them), which are published as they are. */
export function checkPublicPictures(publicDir: string): ContentProblem[] {
  if (!existsSync(publicDir)) return [];
  return filesBelow(publicDir)
    .filter((file) => PICTURE_FILE.test(file))
    .flatMap((file) => publishedAsIsProblems(`public/${file}`, readFileSync(join(publicDir, file))));
}

export function contentPreflight(): AstroIntegration {
  return {
    name: 'massagerx:content-preflight',
    hooks: {
      // Before Astro loads the collections, so that these messages come first.
      'astro:config:setup': ({ config, logger, command }) => {
        const { files, problems, sources } = checkContentFolder(fileURLToPath(new URL('./content/', config.root)));
        problems.push(...checkPublicPictures(fileURLToPath(config.publicDir)));
        if (problems.length === 0) {
          logger.info(`Content checked: ${files} files`);
          // Images not in the cache are drawn from now on, while Astro loads the collections and bundles (src/lib/media/og-early.ts).
          if (command === 'build') drawAhead(ogInputsFromSources(sources, { now: buildMoment(process.env['SITE_NOW']), preview: isPreviewBuild(process.env['SITE_PREVIEW']) }));
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
