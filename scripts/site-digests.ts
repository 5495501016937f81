/**
 * `npm run digests -- --write <file>` records what both sites build, file by file;
 * `npm run digests -- --compare <file>` builds them again and lists every file added,
 * removed or changed since (exit 1 if any). For a change that must change nothing a
 * reader or a search engine sees: record on the commit before it, compare after.
 *
 * The two sites: the clinic's content/, and the fixture clinic in English and French
 * with two locations (scripts/lib/fixtures/two-locations.ts), the one that has every
 * kind of page. Each is built in a temporary copy of the project (content/ and dist/
 * are never touched) for one fixed moment (SITE_NOW, kept in the record), so that
 * the day the comparison runs changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFixture, makeFixture, rebuildFixture, removeFixtures } from './lib/fixtures/copies.ts';
import { twoLocationsInFrench } from './lib/fixtures/two-locations.ts';
import { ROOT } from './lib/project-copy.ts';
import { diffDigests, digestTree, isSame } from './lib/site-digests.ts';

const { values: opts } = parseArgs({ options: { write: { type: 'string' }, compare: { type: 'string' }, now: { type: 'string', default: '2026-12-05T17:00:00Z' } } });
if (!opts.write === !opts.compare) {
  console.error('Say --write <file> (record) or --compare <file> (build again and compare).');
  process.exit(2);
}
interface DigestRecord {
  now: string;
  sites: Record<string, Record<string, string>>;
}
const before = opts.compare ? (JSON.parse(readFileSync(opts.compare, 'utf8')) as DigestRecord) : undefined;
const now = before?.now ?? opts.now!;

function built(name: string, build: () => { status: number | null; output: string; dist: string }): Record<string, string> {
  console.log(`▶ ${name}, for ${now} …`);
  const result = build();
  if (result.status !== 0) {
    console.error(result.output.slice(-3000));
    console.error(`${name}: the build failed.`);
    removeFixtures();
    process.exit(1);
  }
  return digestTree(result.dist);
}
const sites = {
  clinic: built("the clinic's content", () => rebuildFixture(makeFixture(join(ROOT, 'content')), {}, { SITE_NOW: now })),
  'fixture, two locations, en + fr': built('the fixture clinic with two locations in English and French', () => buildFixture(twoLocationsInFrench(), { SITE_NOW: now })),
};
removeFixtures();

if (opts.write) {
  writeFileSync(opts.write, `${JSON.stringify({ now, sites }, null, 1)}\n`);
  for (const [name, files] of Object.entries(sites)) console.log(`  ${name}: ${Object.keys(files).length} files`);
  console.log(`Recorded in ${opts.write}.`);
  process.exit(0);
}
let same = true;
for (const [name, files] of Object.entries(sites)) {
  const diff = diffDigests(before!.sites[name] ?? {}, files);
  same &&= isSame(diff);
  console.log(`  ${name}: ${Object.keys(files).length} files, ${isSame(diff) ? 'byte for byte as recorded' : `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`}`);
  for (const [what, list] of Object.entries(diff)) for (const file of list.slice(0, 30)) console.log(`    ${what}: ${file}`);
}
console.log(same ? 'Both sites build byte for byte as recorded.' : 'The sites differ from the record.');
process.exit(same ? 0 : 1);
