// The catalogue of bad inputs: each case copies the project with the test
// suite's own clinic (tests/fixtures/clinic/) into a temporary folder, introduces
// one defect, builds, and expects the build to fail with a message that names the
// file and the field or line. Shared by the catalogue test files.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildFixture, FIXTURE_CONTENT, ROOT, type Edits } from './fixture';

export interface BadInput {
  rule: string;
  edits: Edits;
  /** Everything the message must say: the file, the field, what is wrong. */
  expect: Array<string | RegExp>;
}

export function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(full.slice(dir.length)).update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

export const replaceIn = (find: string | RegExp, replacement: string) => (source: string | undefined) => {
  if (source === undefined) throw new Error('the fixture file does not exist');
  const replaced = source.replace(find, replacement);
  if (replaced === source) throw new Error(`the defect was not introduced: ${String(find)} not found`);
  return replaced;
};

/** Builds with the defect and checks that it fails, saying what the case expects; returns the message. */
export function expectBuildToFail(input: BadInput): string {
  const result = buildFixture(input.edits);
  const output = result.output.replace(/\x1b\[[0-9;]*m/g, '');
  expect(result.status, `${input.rule}: the build should fail\n${output.slice(-1500)}`).not.toBe(0);
  for (const expected of input.expect) {
    if (typeof expected === 'string') expect(output, input.rule).toContain(expected);
    else expect(output, input.rule).toMatch(expected);
  }
  return output;
}

/** The line (1-based) of a fixture clinic's file (e.g. "content/articles/x.mdx") that contains a text. */
export function lineOf(file: string, text: string): number {
  const index = readFileSync(join(FIXTURE_CONTENT, file.replace(/^content\//, '')), 'utf8').split('\n').findIndex((l) => l.includes(text));
  if (index < 0) throw new Error(`"${text}" is not in the fixture's ${file}`);
  return index + 1;
}

/** The project's content/ and the fixture clinic, as they were before any case ran. */
export const hashesBefore = { content: hashTree(join(ROOT, 'content')), fixture: hashTree(FIXTURE_CONTENT) };
export const hashesNow = () => ({ content: hashTree(join(ROOT, 'content')), fixture: hashTree(FIXTURE_CONTENT) });
