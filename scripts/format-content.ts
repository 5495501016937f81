/**
 * `npm run format:content`: writes every file in content/ in the one style the
 * browser editor saves in (src/lib/content/format.ts), so that a later save in the
 * editor changes only the lines of the fields it changed. Values never change:
 * each file is read back after writing and compared with what it held before,
 * and a file whose values would change is left as it was, and named.
 * `-- --check` writes nothing and exits 1 when a file is not in the style.
 * Either way, a file the editor would not list (an article ending in .md) is named, and fails, and
 * so is a comment alone on a line of clinic.yaml or a frontmatter (a save would drop it): its file
 * is left as it is.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { contentFilesInStyle } from './lib/content-style.ts';

const check = process.argv.includes('--check');
const root = process.cwd();
const results = contentFilesInStyle(join(root, 'content'));
let changed = 0;
let refused = 0;
const unlisted = results.filter((r) => !r.listed);
for (const r of unlisted) console.error(`${r.path}: the editor does not list it: its collection's files end in .mdx; rename it (git mv) so that staff can edit it`);
// A comment alone on a line would be dropped by any save: never silently, so refused, whatever the mode.
const commented = results.filter((r) => r.comments.length > 0);
for (const r of commented) {
  for (const line of r.comments) console.error(`${r.path}: line ${line}: a comment, which the editor and format:content do not keep: move it into the field's description, or delete it`);
}
for (const r of results) {
  if (r.formatted === r.text || r.comments.length > 0) continue;
  if (!isDeepStrictEqual(r.valuesAfter, r.valuesBefore)) {
    refused++;
    console.error(`${r.path}: not rewritten: its values would change (${r.why ?? 'see the diff of a dry run'})`);
    continue;
  }
  changed++;
  if (check) console.log(`${r.path}: not in the editor's style`);
  else writeFileSync(join(root, r.path), r.formatted);
}
console.log(check ? `${changed} of ${results.length} files not in the editor's style` : `Wrote ${changed} of ${results.length} files in the editor's style`);
process.exit(refused > 0 || unlisted.length > 0 || commented.length > 0 || (check && changed > 0) ? 1 : 0);
