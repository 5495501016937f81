/**
 * Which tests the run on a different clinic (npm run test:other-clinic) may leave to the
 * main run: those whose only input is the fixture clinic. A test is marked so by hand
 * (Vitest: `// @module-tag fixture-only` or `{ tags: ['fixture-only'] }` on a describe;
 * Playwright's fixture project: every test but those tagged @content). These functions
 * find the marks and the signs in a test's source that it reads content/ all the same,
 * so that a unit test can refuse a wrong mark: a wrongly marked test would never meet
 * another clinic's content.
 */
import { FIXTURE_ONLY_TAG } from './test-reports.ts';

/** Signs that a piece of test source reads content/ or a page built from it. */
const CONTENT_READS: RegExp[] = [
  /\bcontentSite\b/, // the clinic's own dist/ and content/ (tests/build/helpers.ts)
  /\beach\(sites\)|\bof sites\b|\bsites\.\w/, // both sites, the clinic's own among them
  /ROOT, ['"](content|dist)\b/, // a path into the project's own content/ or dist/
  /from ['"](\.\.\/build\/|\.\/)french(\.ts)?['"]/, // the French fixture, which takes the seed article's text from content/
  /\binFrench\(/,
];

/** The names of the functions declared in `source` whose bodies read content/, one call deep. */
function readingFunctions(source: string): string[] {
  const names: string[] = [];
  for (const match of source.matchAll(/^(?:export )?(?:async )?function (\w+)\([^]*?\n\}/gm)) {
    if (CONTENT_READS.some((sign) => sign.test(match[0]))) names.push(match[1]!);
  }
  return names;
}

/** What in `text` reads content/: the signs found, and calls of the file's own functions that do. */
export function contentReadsIn(text: string, fileSource: string = text): string[] {
  const calls = readingFunctions(fileSource).map((name) => new RegExp(`\\b${name}\\(`));
  return [...CONTENT_READS, ...calls].filter((sign) => sign.test(text)).map((sign) => sign.source);
}

/** A Vitest file's parts marked fixture-only: the whole file, or each top-level describe so tagged. */
export function fixtureOnlyParts(source: string): Array<{ title: string; text: string }> {
  // Vitest's own reading of a file's tags: `@module-tag <name>` after `//` or `*`.
  if (new RegExp(`(//|\\*)\\s*@module-tag\\s+${FIXTURE_ONLY_TAG}\\b`).test(source)) return [{ title: 'the whole file', text: source }];
  return source
    .split(/^(?=describe)/m)
    .filter((block) => new RegExp(`^describe[^\\n]*tags: \\[[^\\]]*'${FIXTURE_ONLY_TAG}'`).test(block))
    .map((block) => ({ title: /^describe\(\s*'([^']*)'/.exec(block)?.[1] ?? block.slice(0, 60), text: block }));
}

/** A Playwright spec's tests (from one `test(` line to the next) that are not tagged @content. */
export function untaggedTests(source: string): Array<{ title: string; text: string }> {
  return source
    .split(/^(?=[ \t]*test\(\s*['`])/m)
    .filter((chunk) => /^[ \t]*test\(/.test(chunk))
    .filter((chunk) => !/^\s*test\([^\n]*tag: ['"]@content['"]/.test(chunk))
    .map((chunk) => ({ title: /test\(\s*['`]([^'`]*)/.exec(chunk)?.[1] ?? '', text: chunk }));
}
