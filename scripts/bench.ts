/**
 * `npm run bench [-- --n 1000]`: how long a production build of N articles takes,
 * next to a bare Astro + MDX build of the same articles (bench/bare-astro/), in
 * one run, cold, then warm (caches kept: Open Graph images, and the pages
 * Astro's incremental build copies when nothing they show changed), then with one
 * article's title edited (every page shows titles somewhere: every page is
 * rendered again, so the render path stays guarded behind the cache).
 *
 * Both builds run in temporary copies (the project's content/ is never written)
 * and share the project's node_modules. Prints wall time, pages per second, peak
 * memory (RSS), where the time went, and the budgets: ratios to the bare build
 * measured in the same run (so a slow or busy machine slows both), and the
 * post-build time per 1,000 articles. Every build is run --repeat times (2),
 * the four kinds taking turns, and each kind counts its best run: other work on
 * the machine only ever adds time, and a late garbage collection only memory. Writes test-results/bench.json; exits
 * non-zero when a budget is missed. CI runs it with a smaller N (.ci/run).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureEditorBundle } from '../src/integrations/admin-editor.ts';
import { generateArticles } from './lib/generate-articles.ts';
import { copyProject } from './lib/project-copy.ts';

const { values: opts } = parseArgs({ options: { n: { type: 'string', default: '1000' }, repeat: { type: 'string', default: '2' }, keep: { type: 'boolean', default: false } } });
const N = Number(opts.n);
if (!Number.isInteger(N) || N < 1) throw new Error(`--n must be a whole number above 0 (got ${opts.n})`);
const REPEAT = Number(opts.repeat);
if (!Number.isInteger(REPEAT) || REPEAT < 1) throw new Error(`--repeat must be a whole number above 0 (got ${opts.repeat})`);

const ROOT = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'massagerx-bench-'));
const site = join(work, 'site');
const bare = join(work, 'bare');

function prepare(dir: string, from: string, items: string[]): void {
  mkdirSync(dir, { recursive: true });
  for (const item of items) cpSync(join(from, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}
// The editor's bundle is built once per version of its code and packages, not per build (src/integrations/admin-editor.ts):
// the copy takes the project's, and the site's builds take it from the cache, as every build after the first for a version does.
await ensureEditorBundle(ROOT);
copyProject(site, join(ROOT, 'content'));
prepare(bare, join(ROOT, 'bench/bare-astro'), readdirSync(join(ROOT, 'bench/bare-astro')));
// The articles name the services, topics and therapists the project's content has, whatever the clinic calls them.
const idsIn = (folder: string) =>
  readdirSync(join(ROOT, 'content', folder))
    .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
    .map((f) => f.replace(/\.mdx?$/, ''));
const articles = generateArticles(N, { services: idsIn('services'), topics: idsIn('topics'), therapists: idsIn('therapists') });
for (const dir of [site, bare]) {
  mkdirSync(join(dir, 'content/articles'), { recursive: true });
  for (const a of articles) writeFileSync(join(dir, 'content/articles', a.file), a.text);
}

interface Probe {
  ok: boolean;
  error?: string;
  wallMs: number;
  maxRssKB: number;
  marks: Array<[number, string]>;
  /** Files Astro's incremental build copied from the last build instead of rendering. */
  copied: number;
}

function run(dir: string, label: string): Probe {
  process.stdout.write(`▶ ${label} … `);
  const resultFile = join(work, `${label.replace(/\W+/g, '-')}.json`);
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/lib/build-probe.ts'), resultFile], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  let probe: Probe;
  try {
    probe = JSON.parse(readFileSync(resultFile, 'utf8')) as Probe;
  } catch {
    throw new Error(`${label}: the build printed no result.\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  }
  if (!probe.ok) throw new Error(`${label}: the build failed: ${probe.error}\n${probe.marks.slice(-15).map((m) => m[1]).join('\n')}`);
  console.log(`${(probe.wallMs / 1000).toFixed(1)} s, ${(probe.maxRssKB / 1024).toFixed(0)} MB`);
  return probe;
}

const pagesBuilt = (dir: string) => {
  let count = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.html') && count++;
  };
  walk(join(dir, 'dist'));
  return count;
};

/** Where a build's time went, from when each phase's log line appeared. */
function phases(probe: Probe): Array<[string, number]> {
  const at = (pattern: RegExp, after = 0) => probe.marks.find(([t, line]) => t >= after && pattern.test(line))?.[0];
  const rendering = at(/generating static routes/);
  const points: Array<[string, number | undefined]> = [
    ['config, content sync and types', at(/Building static entrypoints/)],
    ['bundling (Vite)', rendering],
    // Astro's "✓ Completed in" that closes the rendering of the pages.
    ['rendering pages and images', rendering === undefined ? undefined : at(/✓ Completed in/, rendering)],
    [POST_BUILD, probe.wallMs],
  ];
  const out: Array<[string, number]> = [];
  let previous = 0;
  for (const [name, t] of points) {
    if (t === undefined || t < previous) continue;
    out.push([name, t - previous]);
    previous = t;
  }
  return out;
}

const POST_BUILD = 'after the pages are written';

/**
 * The budgets: ratios to the bare build in the same run, and the work after the pages are written.
 * GOAL is where the build is headed (issue 12); BUDGET is what CI enforces now: today's level with room
 * for the machine's noise (three runs' spread), lowered as the build gets faster (README, Budgets).
 */
// The edited rebuild renders every page again, as a cold build does (less the images): it shares the cold goal.
// The work after the pages (sitemap, policy, link check, search index) is a share of the bare build's whole time in
// the same run, like every other budget here: in seconds it followed the machine's speed (2.3 s per 1,000 articles on
// one day, 3.5 s on a slower one, with the same code), as a share it held at 0.21–0.28 in five runs, so the budget
// leaves room above that. The goal is the old 2 s against a 10 s bare build.
const GOAL = { warm: 1.3, edited: 2.0, cold: 2.0, memory: 1.5, postBuild: 0.2 };
// Memory is 0.1 above the last level: drawing on a canvas halved the cold build's drawing time and its peak
// now lands at 1.44–1.80 times the bare build's (three runs), depending on when the workers' memory is returned.
// Cold and after-the-pages were raised with the incremental build, on purpose: a cold build also writes every
// page and image into Astro's cache (cold 2.4–3.1×, was 2.2–2.9×) and keeps Pagefind's index for the next build
// (after the pages 2.06–2.40 s, was 1.65–1.90 s; Pagefind's own writing is 1.2–2.0 s of it); the price of the
// warm build going from 2.0× to 1.2×. The edited rebuild took 21–24 s in six runs while the bare build took
// 9.4–12.6 s: its ratio spans 1.91–2.49× from the denominator alone, so its budget leaves that room.
// After the pages, raised from 0.35 to 0.45 (2026-12-05): on today's machines the bare build takes 5.2–7.4 s, not
// 9–12 s, while the same work after the pages (mostly Pagefind's native writing, which did not speed up with it)
// takes 1.4–2.8 s: 0.23, 0.31 and 0.39 in three runs of the same code, and 0.32 and 0.42 for 035cb23 in the same
// conditions. The share follows the machine, not the code; issue 29 looks for a denominator that scales with it.
const BUDGET = { warm: 1.5, edited: 2.8, cold: 3.5, memory: 1.9, postBuild: 0.45 };

console.log(`Benchmark: ${N} generated articles (varied lengths, a BookingCTA each), ${REPEAT} run(s) of each build, in ${work}`);
/** Back to a cold start: no build output and no cache, except the editor's bundle (built once per version, not per build). */
function makeCold(dir: string): void {
  for (const item of ['dist', '.astro']) rmSync(join(dir, item), { recursive: true, force: true });
  for (const item of readdirSync(join(dir, '.cache'), { withFileTypes: true })) {
    if (item.name !== 'admin-editor') rmSync(join(dir, '.cache', item.name), { recursive: true, force: true });
  }
}
const best = (runs: Probe[]): Probe => {
  const fastest = runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  return { ...fastest, maxRssKB: Math.min(...runs.map((r) => r.maxRssKB)) };
};
const runs: Record<'siteCold' | 'bareCold' | 'siteWarm' | 'bareWarm' | 'siteEdited', Probe[]> = { siteCold: [], bareCold: [], siteWarm: [], bareWarm: [], siteEdited: [] };
/** Changes one generated article's title in the site's copy (a different title each round). */
function editOneTitle(round: number): void {
  const file = join(site, 'content/articles', articles[0]!.file);
  const text = readFileSync(file, 'utf8');
  // No longer than the generator's own word (titles have a length limit).
  const edited = text.replace(/^title: "(Generated|Edited \d+) article/m, `title: "Edited ${round} article`);
  if (edited === text) throw new Error(`${file}: no title line to edit`);
  writeFileSync(file, edited);
}
for (let i = 1; i <= REPEAT; i++) {
  const of = REPEAT > 1 ? ` (${i}/${REPEAT})` : '';
  for (const dir of [site, bare]) if (existsSync(join(dir, 'dist'))) makeCold(dir);
  runs.siteCold.push(run(site, `site, cold${of}`));
  runs.bareCold.push(run(bare, `bare Astro + MDX, cold${of}`));
  runs.siteWarm.push(run(site, `site, warm${of}`));
  runs.bareWarm.push(run(bare, `bare Astro + MDX, warm${of}`));
  editOneTitle(i);
  runs.siteEdited.push(run(site, `site, one title edited${of}`));
}
const results = { siteCold: best(runs.siteCold), bareCold: best(runs.bareCold), siteWarm: best(runs.siteWarm), bareWarm: best(runs.bareWarm), siteEdited: best(runs.siteEdited) };
const sitePages = pagesBuilt(site);
const barePages = pagesBuilt(bare);

const rows = [
  ['site, cold', 'siteCold', sitePages],
  ['site, warm', 'siteWarm', sitePages],
  ['site, one title edited', 'siteEdited', sitePages],
  ['bare Astro + MDX, cold', 'bareCold', barePages],
  ['bare Astro + MDX, warm', 'bareWarm', barePages],
] as const;
console.log(`\n| build (best of ${REPEAT}) | pages | copied | wall s | pages/s | peak RSS MB | every run: s / MB |\n|---|---:|---:|---:|---:|---:|---|`);
for (const [label, key, pages] of rows) {
  const probe = results[key];
  const every = runs[key].map((r) => `${(r.wallMs / 1000).toFixed(1)} / ${(r.maxRssKB / 1024).toFixed(0)}`).join(', ');
  console.log(`| ${label} | ${pages} | ${probe.copied} | ${(probe.wallMs / 1000).toFixed(1)} | ${(pages / (probe.wallMs / 1000)).toFixed(0)} | ${(probe.maxRssKB / 1024).toFixed(0)} | ${every} |`);
}
const postBuildMs = (probe: Probe) => phases(probe).find(([name]) => name === POST_BUILD)?.[1] ?? probe.wallMs;
// Each round's site builds against the same round's bare build, whose cost is the faster of its two runs there (it
// keeps no cache worth the name): the machine's speed drifts from round to round (here once 20% slower for both in the
// second round), and one round's site over another round's bare would mix two machines. Other work only ever slows a
// round, so the better round's ratio counts, as the better run does.
const rounds = runs.bareCold.map((bareCold, i) => ({
  bareMs: Math.min(bareCold.wallMs, runs.bareWarm[i]!.wallMs),
  cold: runs.siteCold[i]!,
  warm: runs.siteWarm[i]!,
  edited: runs.siteEdited[i]!,
}));
const bestRatio = (of: (round: (typeof rounds)[number]) => number) => Math.min(...rounds.map((round) => of(round) / round.bareMs));
const ratioCold = bestRatio((r) => r.cold.wallMs);
const ratioWarm = bestRatio((r) => r.warm.wallMs);
const ratioEdited = bestRatio((r) => r.edited.wallMs);
console.log(`\nSite-to-bare wall-time ratio (each round's site against its bare build, the better round): cold ${ratioCold.toFixed(2)}, warm ${ratioWarm.toFixed(2)}, one title edited ${ratioEdited.toFixed(2)}`);
console.log(`Warm rebuild of the site saves ${((1 - results.siteWarm.wallMs / results.siteCold.wallMs) * 100).toFixed(0)}% (pages and Open Graph images copied from the last build, content store kept).`);
console.log('\nWhere the site’s cold build spends its time:');
for (const [name, ms] of phases(results.siteCold)) console.log(`  ${name.padEnd(32)} ${(ms / 1000).toFixed(1)} s`);
console.log('Where the site’s warm build spends its time:');
for (const [name, ms] of phases(results.siteWarm)) console.log(`  ${name.padEnd(32)} ${(ms / 1000).toFixed(1)} s`);
console.log('Where the site’s build with one title edited spends its time:');
for (const [name, ms] of phases(results.siteEdited)) console.log(`  ${name.padEnd(32)} ${(ms / 1000).toFixed(1)} s`);
console.log('Where the bare cold build spends its time:');
for (const [name, ms] of phases(results.bareCold)) console.log(`  ${name.padEnd(32)} ${(ms / 1000).toFixed(1)} s`);

const siteBuilds = [results.siteCold, results.siteWarm, results.siteEdited];
const memoryRatio = Math.max(...siteBuilds.map((p) => p.maxRssKB)) / Math.max(results.bareCold.maxRssKB, results.bareWarm.maxRssKB);
// The slowest of a round's site builds, against that round's bare build of the same articles (fixed costs too, so a smaller N only makes it stricter).
const slowestPostBuild = (r: (typeof rounds)[number]) => Math.max(postBuildMs(r.cold), postBuildMs(r.warm), postBuildMs(r.edited));
const postBuildRatio = bestRatio(slowestPostBuild);
const postPer1000 = (Math.min(...rounds.map(slowestPostBuild)) * 1000) / N;
const checks = [
  { budget: `build speed (N=${N}): warm build ≤ ${BUDGET.warm}× the bare build (goal ${GOAL.warm}×)`, actual: `${ratioWarm.toFixed(2)}×`, ok: ratioWarm <= BUDGET.warm },
  { budget: `build speed (N=${N}): rebuild with one title edited, every page rendered again ≤ ${BUDGET.edited}× the bare build (goal ${GOAL.edited}×)`, actual: `${ratioEdited.toFixed(2)}×`, ok: ratioEdited <= BUDGET.edited },
  { budget: `build speed (N=${N}): cold build ≤ ${BUDGET.cold}× the bare build (goal ${GOAL.cold}×)`, actual: `${ratioCold.toFixed(2)}×`, ok: ratioCold <= BUDGET.cold },
  { budget: `build memory (N=${N}): peak RSS ≤ ${BUDGET.memory}× the bare build (goal ${GOAL.memory}×)`, actual: `${memoryRatio.toFixed(2)}×`, ok: memoryRatio <= BUDGET.memory },
  {
    budget: `build (N=${N}): work after the pages are written ≤ ${BUDGET.postBuild} of the bare build's time (goal ${GOAL.postBuild})`,
    actual: `${postBuildRatio.toFixed(2)} (${(postPer1000 / 1000).toFixed(2)} s per 1,000 articles)`,
    ok: postBuildRatio <= BUDGET.postBuild,
  },
];
console.log('\nBudgets:');
for (const c of checks) console.log(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.budget}: ${c.actual}`);

mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/bench.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      articles: N,
      pages: { site: sitePages, bare: barePages },
      ratio: { cold: ratioCold, warm: ratioWarm, edited: ratioEdited, memory: memoryRatio },
      postBuildSecondsPer1000: postPer1000 / 1000,
      postBuildRatio,
      checks,
      repeat: REPEAT,
      builds: Object.fromEntries(
        Object.entries(results).map(([k, p]) => [k, { wallMs: p.wallMs, maxRssKB: p.maxRssKB, phases: phases(p), runs: runs[k as keyof typeof runs].map((r) => ({ wallMs: r.wallMs, maxRssKB: r.maxRssKB })) }]),
      ),
    },
    null,
    2,
  ),
);
if (!opts.keep) rmSync(work, { recursive: true, force: true });
const missed = checks.filter((c) => !c.ok).length;
console.log(`\nBench: ${checks.length - missed} budgets met, ${missed} missed (test-results/bench.json)`);
process.exitCode = missed > 0 ? 1 : 0;
