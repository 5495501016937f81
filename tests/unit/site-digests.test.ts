// The record of what a build wrote, and what differs between two records (npm run digests).
// @module-tag fixture-only
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffDigests, digestTree, isSame } from '../../scripts/lib/site-digests.ts';

const dir = mkdtempSync(join(tmpdir(), 'digests-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('digestTree', () => {
  it('records every file, nested ones too, by its path with "/", each with its SHA-256', () => {
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'home');
    writeFileSync(join(dir, 'a/b/page.html'), 'page');
    const record = digestTree(dir);
    expect(Object.keys(record)).toEqual(['a/b/page.html', 'index.html']);
    // sha256("home")
    expect(record['index.html']).toBe('4ea140588150773ce3aace786aeef7f4049ce100fa649c94fbbddb960f1da942');
  });
});

describe('diffDigests', () => {
  it('names the files added, removed and changed, and nothing when the records agree', () => {
    const before = { 'a.html': '1', 'b.html': '2', 'c.html': '3' };
    const after = { 'a.html': '1', 'b.html': '9', 'd.html': '4' };
    expect(diffDigests(before, after)).toEqual({ added: ['d.html'], removed: ['c.html'], changed: ['b.html'] });
    expect(isSame(diffDigests(before, after))).toBe(false);
    expect(isSame(diffDigests(before, { ...before }))).toBe(true);
  });
});
