// The run on a different clinic leaves to the main run only the tests whose input is the
// fixture clinic alone (scripts/lib/test-selection.ts): nothing so marked may read content/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentReadsIn, fixtureOnlyParts, untaggedTests } from '../../scripts/lib/test-selection.ts';
import { FIXTURE_ONLY_TAG, fixtureOnlyNotRun } from '../../scripts/lib/test-reports.ts';

const filesIn = (dir: string, pattern: RegExp) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => pattern.test(f))
    .map((f) => join(dir, f));

describe('the marks', () => {
  it('finds a whole file or a tagged describe marked fixture-only, and nothing else', () => {
    // Written in two parts, so that Vitest does not read this file itself as marked.
    expect(fixtureOnlyParts(`// @module-tag ${FIXTURE_ONLY_TAG}\nit('a', () => {});\n`)).toHaveLength(1);
    const blocks = "describe('mine', () => {\n});\ndescribe('the fixture', { tags: ['fixture-only'] }, () => {\n  it('b');\n});\n";
    expect(fixtureOnlyParts(blocks).map((p) => p.title)).toEqual(['the fixture']);
    expect(fixtureOnlyParts("describe('x', { tags: ['slow'] }, () => {});\n")).toEqual([]);
  });
  it('finds the Playwright tests not tagged @content', () => {
    const spec = "test('reads the fixture', async () => {});\n  test('reads content/', { tag: '@content' }, async () => {});\n";
    expect(untaggedTests(spec).map((t) => t.title)).toEqual(['reads the fixture']);
  });
  it('sees a read of content/, directly or through a function of the same file', () => {
    expect(contentReadsIn("const files = contentFilesInStyle(join(ROOT, 'content'));")).not.toEqual([]);
    expect(contentReadsIn('expect(contentSite.page("/")).toBeTruthy();')).not.toEqual([]);
    const file = "function seedOf() {\n  return readFileSync(join(ROOT, 'content/articles'));\n}\ntest('x', () => seedOf());\n";
    expect(contentReadsIn("test('x', () => seedOf());", file)).not.toEqual([]);
    expect(contentReadsIn("const built = buildFixture({}); expect(fixtureSite.page('/')).toBeTruthy();")).toEqual([]);
  });
  it('counts the fixture-only tests a tag filter left unrun, and no other skipped test', () => {
    const report = {
      testResults: [
        {
          name: 'a.test.ts',
          assertionResults: [
            { title: 'left', status: 'skipped', tags: ['fixture-only'] },
            { title: 'skipped for another reason', status: 'skipped', tags: [] },
            { title: 'ran', status: 'passed', tags: ['fixture-only'] },
          ],
        },
      ],
    };
    expect(fixtureOnlyNotRun(report)).toBe(1);
  });
});

describe('the suite’s own marks', () => {
  const vitestFiles = filesIn('tests', /^(unit|components|build)\/.*\.test\.ts$/);
  it('marks some Vitest tests fixture-only (else the run on a different clinic repeats them all)', () => {
    expect(vitestFiles.flatMap((file) => fixtureOnlyParts(readFileSync(file, 'utf8'))).length).toBeGreaterThan(0);
  });
  it('no Vitest file or block marked fixture-only reads content/', () => {
    const wrong = vitestFiles.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return fixtureOnlyParts(source).flatMap((part) => contentReadsIn(part.text, source).map((sign) => `${file} (${part.title}): ${sign}`));
    });
    expect(wrong).toEqual([]);
  });
  it('every Playwright test of the fixture project that reads content/ is tagged @content', () => {
    const wrong = filesIn('tests/browser', /\.spec\.ts$/).flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return untaggedTests(source).flatMap((test) => contentReadsIn(test.text, source).map((sign) => `${file} (${test.title}): ${sign}`));
    });
    expect(wrong).toEqual([]);
  });
});
