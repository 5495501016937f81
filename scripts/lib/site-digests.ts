/**
 * What a build wrote, file by file: the SHA-256 of every file under a folder, and
 * the difference between two such records. `npm run digests` uses them to show that
 * a change meant to change nothing visible (a refactor) builds both sites byte for byte
 * as before.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, by its path relative to it ("/"-separated), with its SHA-256, sorted by path. */
export function digestTree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  return Object.fromEntries(files.map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

export interface DigestDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

/** What differs between two records of one site: files only in the second, only in the first, and in both with other bytes. */
export function diffDigests(before: Record<string, string>, after: Record<string, string>): DigestDiff {
  return {
    added: Object.keys(after).filter((file) => !(file in before)),
    removed: Object.keys(before).filter((file) => !(file in after)),
    changed: Object.keys(after).filter((file) => file in before && before[file] !== after[file]),
  };
}

export const isSame = (diff: DigestDiff) => diff.added.length + diff.removed.length + diff.changed.length === 0;
