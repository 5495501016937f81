// The catalogue of bad inputs: each case copies the project with the test
// suite's own clinic (tests/fixtures/clinic/) into a temporary folder, introduces
// one defect, builds, and expects the build to fail with a message that names the
// file and the field or line. Cases share a build where the build reports their
// defects together (Catalogue, below). Shared by the catalogue test files.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildFixture, FIXTURE_CONTENT, ROOT, type Edits } from '../../scripts/lib/fixtures/copies.ts';

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

const plain = (output: string) => output.replace(/\x1b\[[0-9;]*m/g, '');
const says = (text: string, expected: string | RegExp) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text));

/** Builds with the defect and checks that it fails, saying what the case expects; returns the message. */
export function expectBuildToFail(input: BadInput): string {
  const result = buildFixture(input.edits);
  const output = plain(result.output);
  expect(result.status, `${input.rule}: the build should fail\n${output.slice(-1500)}`).not.toBe(0);
  for (const expected of input.expect) {
    if (typeof expected === 'string') expect(output, input.rule).toContain(expected);
    else expect(output, input.rule).toMatch(expected);
  }
  return output;
}

/** What Astro's content layer says of an entry its schema refuses. It stops at the first such entry, so a case expecting it has a build of its own. */
export const SCHEMA_MISMATCH = 'does not match collection schema';
/**
 * The lines of the errors that list every problem they found, each on a line of its own: the content
 * check's (src/lib/content/integrity.ts, ContentError: "Content check failed (N problems):") and the
 * link check's (src/integrations/link-check.ts: "Broken links (N):"). A line there is an error that failed
 * the build, never a warning.
 */
export function listedProblems(output: string): string[] {
  const problems: string[] = [];
  let inList = false;
  for (const line of plain(output).split('\n')) {
    if (/(Content check failed \(\d+ problems?\)|Broken links \(\d+\)):\s*$/.test(line)) inList = true;
    else if (inList && /^ {2}\S/.test(line) && !line.startsWith('  Stack trace:')) problems.push(line.trim());
    else inList = false;
  }
  return problems;
}

/** A file of the fixture copy as it starts: content/ from the fixture clinic, the rest from the project; undefined when absent. */
function original(file: string): string | undefined {
  const path = file.startsWith('content/') ? join(FIXTURE_CONTENT, file.slice('content/'.length)) : join(ROOT, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/**
 * The cases' defects put into one copy, as many as compose: a file's edits apply one after the other
 * (a case whose text is no longer there waits for a later build), a new or binary file is one case's alone.
 */
function together(cases: BadInput[]): { batch: BadInput[]; edits: Edits } {
  let files = new Map<string, string | Buffer>();
  const batch: BadInput[] = [];
  for (const input of cases) {
    const trial = new Map(files);
    try {
      for (const [file, edit] of Object.entries(input.edits)) {
        const before = trial.has(file) ? trial.get(file) : original(file);
        if (trial.has(file) && (typeof before !== 'string' || original(file) === undefined)) throw new Error('another case made this file');
        trial.set(file, edit(before as string | undefined));
      }
    } catch {
      continue;
    }
    files = trial;
    batch.push(input);
  }
  return { batch, edits: Object.fromEntries([...files].map(([file, text]) => [file, () => text])) };
}

/**
 * A catalogue whose cases share builds where the build reports their defects together: the content check
 * and the link check list every problem they find. Round by round, the cases not yet reported go into
 * one copy; each case whose every expected message is a listed problem of that failed build is reported
 * there. A round that reports none of its cases (one defect stopped the build before the others were
 * listed, or two defects made one problem) splits them in two halves tried apart; what is left has a
 * build of its own, as the cases Astro's schema check stops at (SCHEMA_MISMATCH) always do.
 */
export class Catalogue {
  private readonly shared = new Map<BadInput, { problems: string[]; output: string; defects: number }>();
  constructor(private readonly cases: BadInput[]) {}

  /** The shared builds (in beforeAll). */
  buildTogether(): void {
    const groups = [this.cases.filter((c) => !c.expect.includes(SCHEMA_MISMATCH))];
    for (let pending = groups.shift(); pending; pending = groups.shift()) {
      while (pending.length >= 2) {
        const { batch, edits } = together(pending);
        if (batch.length < 2) break;
        const result = buildFixture(edits);
        const problems = result.status === 0 ? [] : listedProblems(result.output);
        const reported = batch.filter((c) => c.expect.every((e) => problems.some((p) => says(p, e))));
        for (const c of reported) this.shared.set(c, { problems, output: plain(result.output), defects: batch.length });
        const done = new Set(reported.length > 0 ? reported : batch);
        pending = pending.filter((c) => !done.has(c));
        if (reported.length === 0 && batch.length >= 4) groups.push(batch.slice(0, batch.length / 2), batch.slice(batch.length / 2));
      }
    }
  }

  /** Checks one case: each expected message a problem its shared build listed, else on a build of its own. Returns the build's output. */
  expectToFail(input: BadInput): string {
    const shared = this.shared.get(input);
    if (!shared) return expectBuildToFail(input);
    for (const expected of input.expect) expect(shared.problems.some((p) => says(p, expected)), `${input.rule} (in one build with ${shared.defects - 1} other defects): ${String(expected)}\n${shared.problems.join('\n')}`).toBe(true);
    return shared.output;
  }
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
