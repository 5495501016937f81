/**
 * Runs one `astro build` in this process for the project in the current folder,
 * and writes JSON with its wall time, peak memory (RSS of this process; the
 * Pagefind indexer runs as a child and is not counted) and when each build phase
 * was logged, and how many files Astro's incremental build copied from the last
 * build instead of rendering, to the file named by its first argument. Used by `npm run bench`.
 */
import { writeFileSync } from 'node:fs';
import { build } from 'astro';

const resultFile = process.argv[2];
if (!resultFile) throw new Error('usage: build-probe.ts <result.json>');
/** Phase lines worth keeping (not the per-file warnings). */
const PHASE = /\[(build|content|types)\]|generating static routes|sitemap|Search index|Completed in/;

const start = performance.now();
const marks: Array<[number, string]> = [];
let copied = 0;
const original = process.stdout.write.bind(process.stdout);
const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
process.stdout.write = ((chunk: string | Uint8Array) => {
  for (const line of strip(String(chunk)).split('\n')) {
    if (PHASE.test(line)) marks.push([Math.round(performance.now() - start), line.trim().slice(0, 160)]);
    if (/\((restored|cached)\)/.test(line)) copied++;
  }
  return true;
}) as typeof process.stdout.write;

let failed: unknown;
try {
  await build({ root: process.cwd(), logLevel: 'info' });
} catch (error) {
  failed = error;
}
const wallMs = Math.round(performance.now() - start);
process.stdout.write = original;
writeFileSync(resultFile, JSON.stringify({ ok: !failed, error: failed ? String(failed) : undefined, wallMs, maxRssKB: process.resourceUsage().maxRSS, marks, copied }));
process.exit(failed ? 1 : 0);
