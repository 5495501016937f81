/**
 * `npm run test:other-clinic`: the proof that the tests test the code, not the
 * sample data. Copies the project, rewrites its content/ into a different clinic
 * (scripts/lib/other-clinic.ts: another city and time zone, another booking
 * platform, renamed therapists, services and articles, other ids, prices, hours
 * and dates), and runs the suite (`npm test`) there: every test that reads content/
 * or a page built from it (the tests of the fixture clinic alone were run by the main
 * run, and their input is the same here). Passes only if that suite passes. The project's own content/ is never written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rewriteAsOtherClinic } from './lib/other-clinic.ts';
import { FIXTURE_SITE } from './lib/fixture-site.ts';
import { copyProject, ROOT } from './lib/project-copy.ts';

const work = mkdtempSync(join(tmpdir(), 'massagerx-other-clinic-'));
const content = join(work, 'content-rewritten');
cpSync(join(ROOT, 'content'), content, { recursive: true });
const changes = await rewriteAsOtherClinic(content);
const project = copyProject(join(work, 'project'), content, ['tests', 'scripts', 'bench', '.ci', '.github']);

// The fixture site there is built from the same code and the same fixture clinic as here: it starts from
// this one's caches, an optimisation only (a build with its cache kept gives what a fresh one gives:
// tests/build/build-cache.test.ts; the caches are keyed by the code, src/integrations/build-cache.ts).
if (existsSync(join(FIXTURE_SITE, '.cache'))) cpSync(join(FIXTURE_SITE, '.cache'), join(project, '.cache/fixture-site/.cache'), { recursive: true });

console.log(`▶ A different clinic, in ${project}:`);
for (const line of changes) console.log(`  ${line}`);

// Nothing of the sample clinic's identity may be left for a test to lean on.
const before = readFileSync(join(ROOT, 'content/clinic.yaml'), 'utf8');
const after = readFileSync(join(project, 'content/clinic.yaml'), 'utf8');
for (const field of ['name', 'timeZone', 'e164', 'rootUrl']) {
  const value = new RegExp(`^\\s*${field}: (.+)$`, 'm').exec(before)?.[1];
  if (value && after.includes(value)) {
    console.error(`The rewrite left ${field} (${value}) unchanged: it would not prove anything.`);
    process.exit(1);
  }
}

// As a clinic does after editing files by hand (README): the files in the editor's style.
const formatted = spawnSync(process.execPath, ['scripts/format-content.ts'], { cwd: project, encoding: 'utf8' });
console.log(`  content: ${formatted.stdout.trim()} (npm run format:content)`);
if (formatted.status !== 0) {
  console.error(formatted.stderr);
  process.exit(1);
}

console.log('\n▶ The suite on that clinic, every test that reads content/ or its pages: npm test -- --content-dependent');
// Tests whose only input is the fixture clinic give the same result here as in the main run: left to it.
const run = spawnSync(process.execPath, ['scripts/test.ts', '--content-dependent'], {
  cwd: project,
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
  // Its own ports, so that it never meets a server of the project's own run.
  env: { ...process.env, TEST_PORT: '4333' },
  maxBuffer: 256 * 1024 * 1024,
});
process.stdout.write(run.stdout);
const closing = /^(\d+) passed, (\d+) failed/m.exec(run.stdout.split('\n').reverse().join('\n'));
console.log(`\nDifferent clinic: ${closing ? `${closing[1]} passed, ${closing[2]} failed` : 'no result'} (exit ${run.status})`);
if (run.status === 0) rmSync(work, { recursive: true, force: true });
else console.log(`The copy is kept for a look: ${project}`);
process.exit(run.status === 0 && closing && closing[2] === '0' ? 0 : 1);
