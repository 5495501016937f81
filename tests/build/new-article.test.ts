// @module-tag fixture-only
// npm run new:article: scaffolds a draft that the build accepts and keeps
// unpublished, and never overwrites an existing file.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture, rebuildFixture, removeFixtures, ROOT } from '../../scripts/lib/fixtures/copies.ts';
import { fixtureSite, todayIn } from './helpers';

afterAll(removeFixtures);
const scaffold = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/new-article.ts'), ...args], { cwd, encoding: 'utf8' });

describe('npm run new:article', () => {
  it('creates a draft the build accepts but does not publish, and refuses to overwrite it', () => {
    const dir = makeFixture();
    const created = scaffold(dir, 'Knee Pain After Running: What Helps');
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain('Created content/articles/knee-pain-after-running-what-helps.mdx as a draft.');
    const file = join(dir, 'content/articles/knee-pain-after-running-what-helps.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^draft: true$/m);
    // Today in the clinic's time zone, not in UTC.
    expect(text).toContain(`publishedDate: ${todayIn(fixtureSite.clinic.timeZone)}\n`);

    // Staff edit it; running the command again must not touch their work.
    writeFileSync(file, text.replace('TODO: an opening paragraph', 'My own words'));
    const edited = readFileSync(file, 'utf8');
    const again = scaffold(dir, 'Knee Pain After Running: What Helps');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists: nothing was written');
    expect(readFileSync(file, 'utf8')).toBe(edited);

    const build = rebuildFixture(dir);
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(existsSync(join(build.dist, 'articles/knee-pain-after-running-what-helps/index.html'))).toBe(false);
    expect(readFileSync(join(build.dist, 'sitemap-0.xml'), 'utf8')).not.toContain('knee-pain');
    expect(readFileSync(join(build.dist, 'rss.xml'), 'utf8')).not.toContain('knee-pain');
  }, 120_000);

  it('refuses a title whose address is taken (whatever its case or extension), and asks for a title', () => {
    const dir = makeFixture();
    const seed = join(dir, 'content/articles/after-a-long-run.md');
    const before = readFileSync(seed, 'utf8');
    const taken = scaffold(dir, 'AFTER a Long Run');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('content/articles/after-a-long-run.md already exists');
    expect(readFileSync(seed, 'utf8')).toBe(before);
    writeFileSync(join(dir, 'content/articles/sciatica.md'), '---\ntitle: x\n---\n');
    expect(scaffold(dir, 'Sciatica').status).toBe(1);
    const none = scaffold(dir);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Give the article a title');
  });

  it('writes a draft that turns into a publishable article once its TODOs are done', () => {
    const dir = makeFixture();
    expect(scaffold(dir, 'Desk Neck: Three Habits That Help').status).toBe(0);
    const file = 'content/articles/desk-neck-three-habits-that-help.mdx';
    // Published as is, the placeholders stop the build…
    const unfinished = rebuildFixture(dir, { [file]: (s) => s!.replace('draft: true', 'draft: false') });
    expect(unfinished.status).not.toBe(0);
    expect(unfinished.output).toContain(`${file}: description: still has a TODO placeholder`);
    // …and once they are done, it is published.
    const finished = rebuildFixture(dir, {
      [file]: (s) =>
        s!
          .replace(/^description: .*$/m, 'description: Three small changes at the desk that ease neck and shoulder tension through a working day.')
          .replace(/TODO: /g, '')
          .replace(/\*\*TODO:\*\*/g, '**Tip:**'),
    });
    expect(finished.status, finished.output.slice(-1500)).toBe(0);
    expect(existsSync(join(finished.dist, 'articles/desk-neck-three-habits-that-help/index.html'))).toBe(true);
  }, 180_000);
});
