// A dangling reference must stop the build with the file and the field named,
// and must never touch the clinic's files. Each case builds a temporary copy of
// the project with one defect; content/ itself is checked byte for byte after.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixtures, ROOT } from './fixture';

function hashTree(dir: string): string {
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

const contentBefore = hashTree(join(ROOT, 'content'));
const buildWithDefect = (file: string, edit: (source: string) => string) => buildFixture({ [file]: (s) => edit(s ?? '') });

afterAll(removeFixtures);

describe('bad references fail the build', () => {
  it('an article author that does not exist: the build fails naming the file and the field', () => {
    const result = buildWithDefect('content/articles/hip-balance-and-lower-back-pain.mdx', (s) => s.replace('author: maya-chen', 'author: maya-chan'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/articles/hip-balance-and-lower-back-pain.mdx: author: no therapist "maya-chan" exists in content/therapists/');
  }, 120_000);

  it('a <BookingCTA> naming a service that does not exist: the build fails naming the article file, the line and the service', () => {
    const file = 'content/articles/your-first-massage-therapy-appointment.mdx';
    const cta = '<BookingCTA service="relaxation-massage" />';
    const line = readFileSync(join(ROOT, file), 'utf8').split('\n').findIndex((l) => l.includes(cta)) + 1;
    expect(line).toBeGreaterThan(1);
    const result = buildWithDefect(file, (s) => s.replace(cta, '<BookingCTA service="hot-stone-massage" />'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${file}: <BookingCTA service> on line ${line}: no service "hot-stone-massage" exists in content/services/`);
  }, 120_000);

  it('leaves the project’s own content/ byte for byte unchanged', () => {
    expect(hashTree(join(ROOT, 'content'))).toBe(contentBefore);
  });
});
