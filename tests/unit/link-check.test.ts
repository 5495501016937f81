// What the broken-link check says: the content file a link was written in, and
// its line, in every language and for every kind of entry, so that staff fix it
// where they wrote it; the page's address where no file of content/ made it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeBroken, sourceOf } from '../../src/integrations/link-check';

const root = mkdtempSync(join(tmpdir(), 'link-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};
write('content/articles/knees.mdx', '---\ntitle: Knees\n---\n\nSee [this](/nope/).\n');
write('content/articles/fr/knees.mdx', '---\ntitle: Genoux\n---\n\nVoir\n[ceci](/fr/non/).\n');
write('content/pages/fr/about.md', '---\ntitle: À propos\n---\n\n[Lien](/fr/absent/)\n');
write('content/locations/downtown.yaml', 'name: Downtown\nparking: "See [the map](/no-map/)"\n');

describe('the broken-link message', () => {
  it('finds the content file of a page in any language, of a location and of a page of content/pages/', () => {
    expect(sourceOf(root, '/articles/knees/')).toBe('content/articles/knees.mdx');
    expect(sourceOf(root, '/fr/articles/knees/')).toBe('content/articles/fr/knees.mdx');
    expect(sourceOf(root, '/fr/about/')).toBe('content/pages/fr/about.md');
    expect(sourceOf(root, '/locations/downtown/')).toBe('content/locations/downtown.yaml');
    expect(sourceOf(root, '/fr/locations/downtown/')).toBe('content/locations/downtown.yaml');
    expect(sourceOf(root, '/fr/contact/')).toBeUndefined();
  });

  it('names the file and the line of the link', () => {
    const why = 'no such page';
    expect(describeBroken(root, { page: '/fr/articles/knees/', reference: '/fr/non/', why })).toMatch(/^content\/articles\/fr\/knees\.mdx: line 6: link to "\/fr\/non\/"/);
    expect(describeBroken(root, { page: '/fr/about/', reference: '/fr/absent/', why })).toMatch(/^content\/pages\/fr\/about\.md: line 5: /);
    expect(describeBroken(root, { page: '/locations/downtown/', reference: '/no-map/', why })).toMatch(/^content\/locations\/downtown\.yaml: line 2: /);
    expect(describeBroken(root, { page: '/fr/contact/', reference: '/fr/x/', why })).toBe('page /fr/contact/: link to "/fr/x/": no such page');
  });
});
