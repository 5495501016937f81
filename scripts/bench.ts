/**
 * `npm run bench [-- --n 1000]`: how long a production build of N articles takes,
 * next to a bare Astro + MDX build of the same articles (bench/bare-astro/), in
 * one run, cold and then warm (caches kept, e.g. Open Graph images).
 *
 * Both builds run in temporary copies (the project's content/ is never written)
 * and share the project's node_modules. Prints wall time, pages per second, peak
 * memory (RSS) and the site-to-bare ratio; writes test-results/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticles } from './lib/generate-articles.ts';
import { copyProject } from './lib/project-copy.ts';

const { values: opts } = parseArgs({ options: { n: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const N = Number(opts.n);
if (!Number.isInteger(N) || N < 1) throw new Error(`--n must be a whole number above 0 (got ${opts.n})`);

const ROOT = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'massagerx-bench-'));
const site = join(work, 'site');
const bare = join(work, 'bare');

function prepare(dir: string, from: string, items: string[]): void {
  mkdirSync(dir, { recursive: true });
  for (const item of items) cpSync(join(from, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}
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
  const at = (pattern: RegExp) => probe.marks.find(([, line]) => pattern.test(line))?.[0];
  const points: Array<[string, number | undefined]> = [
    ['config, content sync and types', at(/Building static entrypoints|\[build\] output/)],
    ['bundling (Vite)', at(/generating static routes/)],
    ['rendering pages and images', at(/sitemap-index/)],
    ['sitemap and search index', at(/Search index/)],
    ['finishing', probe.wallMs],
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

console.log(`Benchmark: ${N} generated articles (varied lengths, a BookingCTA each), in ${work}`);
const results = {
  siteCold: run(site, 'site, cold'),
  bareCold: run(bare, 'bare Astro + MDX, cold'),
  siteWarm: run(site, 'site, warm'),
  bareWarm: run(bare, 'bare Astro + MDX, warm'),
};
const sitePages = pagesBuilt(site);
const barePages = pagesBuilt(bare);

const rows = [
  ['site, cold', results.siteCold, sitePages],
  ['site, warm', results.siteWarm, sitePages],
  ['bare Astro + MDX, cold', results.bareCold, barePages],
  ['bare Astro + MDX, warm', results.bareWarm, barePages],
] as const;
console.log(`\n| build | pages | wall s | pages/s | peak RSS MB |\n|---|---:|---:|---:|---:|`);
for (const [label, probe, pages] of rows) {
  console.log(`| ${label} | ${pages} | ${(probe.wallMs / 1000).toFixed(1)} | ${(pages / (probe.wallMs / 1000)).toFixed(0)} | ${(probe.maxRssKB / 1024).toFixed(0)} |`);
}
const ratioCold = results.siteCold.wallMs / results.bareCold.wallMs;
const ratioWarm = results.siteWarm.wallMs / results.bareWarm.wallMs;
console.log(`\nSite-to-bare wall-time ratio: cold ${ratioCold.toFixed(2)}, warm ${ratioWarm.toFixed(2)}`);
console.log(`Warm rebuild of the site saves ${((1 - results.siteWarm.wallMs / results.siteCold.wallMs) * 100).toFixed(0)}% (Open Graph images from .cache/, content store kept).`);
console.log('\nWhere the site’s cold build spends its time:');
for (const [name, ms] of phases(results.siteCold)) console.log(`  ${name.padEnd(32)} ${(ms / 1000).toFixed(1)} s`);
console.log('Where the site’s warm build spends its time:');
for (const [name, ms] of phases(results.siteWarm)) console.log(`  ${name.padEnd(32)} ${(ms / 1000).toFixed(1)} s`);
console.log('Where the bare cold build spends its time:');
for (const [name, ms] of phases(results.bareCold)) console.log(`  ${name.padEnd(32)} ${(ms / 1000).toFixed(1)} s`);

mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/bench.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      articles: N,
      pages: { site: sitePages, bare: barePages },
      ratio: { cold: ratioCold, warm: ratioWarm },
      builds: Object.fromEntries(Object.entries(results).map(([k, p]) => [k, { wallMs: p.wallMs, maxRssKB: p.maxRssKB, phases: phases(p) }])),
    },
    null,
    2,
  ),
);
if (!opts.keep) rmSync(work, { recursive: true, force: true });
