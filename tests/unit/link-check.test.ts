// What the broken-link check says: the content file a link was written in, and
// its line, in every language and for every kind of entry, so that staff fix it
// where they wrote it; the page's address where no file of content/ made it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeBroken } from '../../src/integrations/link-check';

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
  it('names the content file the page comes from (its reference) and the line of the link, in any language and for a location', () => {
    const why = 'no such page';
    expect(describeBroken(root, { page: '/fr/articles/knees/', reference: '/fr/non/', why }, 'content/articles/fr/knees.mdx')).toMatch(/^content\/articles\/fr\/knees\.mdx: line 6: link to "\/fr\/non\/"/);
    expect(describeBroken(root, { page: '/fr/about/', reference: '/fr/absent/', why }, 'content/pages/fr/about.md')).toMatch(/^content\/pages\/fr\/about\.md: line 5: /);
    expect(describeBroken(root, { page: '/locations/downtown/', reference: '/no-map/', why }, 'content/locations/downtown.yaml')).toMatch(/^content\/locations\/downtown\.yaml: line 2: /);
  });

  it('names the page where no content file made it, or the link is not in the file', () => {
    const why = 'no such page';
    expect(describeBroken(root, { page: '/fr/contact/', reference: '/fr/x/', why }, undefined)).toBe('page /fr/contact/: link to "/fr/x/": no such page');
    expect(describeBroken(root, { page: '/articles/knees/', reference: '/from-a-component/', why }, 'content/articles/knees.mdx')).toBe('page /articles/knees/: link to "/from-a-component/": no such page');
  });
});
