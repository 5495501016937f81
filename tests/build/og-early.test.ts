import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/integrations/content-preflight';
import { ogInputsFromSources } from '../../src/lib/og-early';
import { articleOgInput, OG_CACHE_DIR, ogImageKey, siteOgInput } from '../../src/lib/og-image';
import { contentSite } from './helpers';

const clinic = `name: Fixture Clinic
tagline: "  Hands-on care for sore backs  "
address:
  locality: Halifax
  region: NS
phone:
  display: (902) 555-0100
`;
const therapists = new Map([
  ['ana-bell', 'name: Ana Bell\ncredentials: RMT\n'],
  ['no-credentials', 'name: Cy Dee\n'],
]);

describe('Open Graph images guessed from the content files', () => {
  it('are the images the route asks for: the site image, then each article by its author, trimmed as the schema trims', () => {
    const articles = ['title: "  Knees and stairs "\nauthor: ana-bell\n', 'title: Hips\nauthor: ana-bell\ndraft: false\n'];
    expect(ogInputsFromSources({ clinic, therapists, articles })).toEqual([
      siteOgInput({ name: 'Fixture Clinic', tagline: 'Hands-on care for sore backs', address: { locality: 'Halifax', region: 'NS' }, phone: { display: '(902) 555-0100' } }),
      articleOgInput('Knees and stairs', { name: 'Ana Bell', credentials: 'RMT' }, 'Fixture Clinic'),
      articleOgInput('Hips', { name: 'Ana Bell', credentials: 'RMT' }, 'Fixture Clinic'),
    ]);
  });

  it('leave out drafts and whatever is not well-formed (the schema reports it), and never throw', () => {
    const articles = [
      'title: Draft\nauthor: ana-bell\ndraft: true\n',
      'title: Nobody wrote this\nauthor: not-a-therapist\n',
      'title: By someone without credentials\nauthor: no-credentials\n',
      'title: [not, text]\nauthor: ana-bell\n',
      'title: "unclosed\n',
      '',
    ];
    expect(ogInputsFromSources({ clinic, therapists, articles })).toHaveLength(1);
    expect(ogInputsFromSources({ clinic: 'name: [', therapists, articles: ['title: Hips\nauthor: ana-bell\n'] })).toEqual([]);
  });

  it('cover every sharing image of the built site (each one in dist/og is the drawing of a guessed input)', () => {
    const { sources } = checkContentFolder(contentSite.content);
    const guessed = new Set(ogInputsFromSources(sources).map(ogImageKey));
    const og = join(contentSite.dist, 'og');
    const images = readdirSync(og, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.png'));
    expect(images.length).toBeGreaterThan(1);
    // The cache names each drawing by the key of its inputs.
    const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    const keysByDrawing = new Map<string, string[]>();
    for (const file of readdirSync(OG_CACHE_DIR).filter((f) => f.endsWith('.png'))) {
      const of = digest(readFileSync(join(OG_CACHE_DIR, file)));
      keysByDrawing.set(of, [...(keysByDrawing.get(of) ?? []), file.replace(/\.png$/, '')]);
    }
    for (const image of images) {
      const path = `/og/${relative(og, join(image.parentPath, image.name))}`;
      const drawnFrom = keysByDrawing.get(digest(readFileSync(join(image.parentPath, image.name)))) ?? [];
      expect(drawnFrom, `${path} is not in the image cache`).not.toEqual([]);
      expect(drawnFrom.some((key) => guessed.has(key)), `${path} was not guessed from the content files`).toBe(true);
    }
  });
});
