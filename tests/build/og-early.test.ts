import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/integrations/content-preflight';
import { ogInputsFromSources } from '../../src/lib/media/og-early';
import { articleOgInput, OG_CACHE_DIR, ogImageKey, siteOgInput } from '../../src/lib/media/og-image';
import { contentSite } from './helpers';

const clinic = `name: Fixture Clinic
tagline: "  Hands-on care for sore backs  "
address:
  locality: Halifax
  region: NS
phone:
  display: (902) 555-0100
timeZone: America/Halifax
`;
const therapists = new Map([
  ['ana-bell', 'name: Ana Bell\ncredentials: RMT\n'],
  ['no-credentials', 'name: Cy Dee\n'],
]);

describe('Open Graph images guessed from the content files', () => {
  it('are the images the route asks for: the site image, then each article by its author, trimmed as the schema trims', () => {
    const articles = ['title: "  Knees and stairs "\nauthor: ana-bell\npublishedDate: 2026-01-10\n', 'title: Hips\nauthor: ana-bell\npublishedDate: 2026-01-11\ndraft: false\n'];
    expect(ogInputsFromSources({ clinic, therapists, articles })).toEqual([
      siteOgInput({ name: 'Fixture Clinic', tagline: 'Hands-on care for sore backs', address: { locality: 'Halifax', region: 'NS' }, phone: { display: '(902) 555-0100' } }),
      articleOgInput('Knees and stairs', { name: 'Ana Bell', credentials: 'RMT' }, 'Fixture Clinic'),
      articleOgInput('Hips', { name: 'Ana Bell', credentials: 'RMT' }, 'Fixture Clinic'),
    ]);
  });

  it('leave out an article with a hero, which is shared with its hero', () => {
    const articles = ['title: Knees\nauthor: ana-bell\npublishedDate: 2026-01-10\nhero:\n  src: ./images/knees.jpg\n  alt: A knee brace on a bench\n', 'title: Hips\nauthor: ana-bell\npublishedDate: 2026-01-11\n'];
    expect(ogInputsFromSources({ clinic, therapists, articles }).slice(1).map((i) => i.title)).toEqual(['Hips']);
  });

  it('leave out drafts and whatever is not well-formed (the schema reports it), and never throw', () => {
    const articles = [
      'title: Draft\nauthor: ana-bell\npublishedDate: 2026-01-10\ndraft: true\n',
      'title: Nobody wrote this\nauthor: not-a-therapist\npublishedDate: 2026-01-10\n',
      'title: By someone without credentials\nauthor: no-credentials\npublishedDate: 2026-01-10\n',
      'title: [not, text]\nauthor: ana-bell\npublishedDate: 2026-01-10\n',
      'title: No date\nauthor: ana-bell\n',
      'title: "unclosed\n',
      '',
    ];
    expect(ogInputsFromSources({ clinic, therapists, articles })).toHaveLength(1);
    expect(ogInputsFromSources({ clinic: 'name: [', therapists, articles: ['title: Hips\nauthor: ana-bell\npublishedDate: 2026-01-10\n'] })).toEqual([]);
  });

  it('leave out an article scheduled for a day still to come in the clinic\'s zone, but for a preview, which shows drafts and scheduled ones', () => {
    const articles = ['title: Tomorrow\nauthor: ana-bell\npublishedDate: 2026-03-02\n', 'title: A draft\nauthor: ana-bell\npublishedDate: 2026-01-02\ndraft: true\n'];
    const titles = (now: string, preview = false) => ogInputsFromSources({ clinic, therapists, articles }, { now: new Date(now), preview }).slice(1).map((i) => i.title);
    // 03:59 UTC is still 1 March in Halifax (UTC-4); 04:00 is 2 March there.
    expect(titles('2026-03-02T03:59:00Z')).toEqual([]);
    expect(titles('2026-03-02T04:00:00Z')).toEqual(['Tomorrow']);
    expect(titles('2026-03-02T03:59:00Z', true)).toEqual(['Tomorrow', 'A draft']);
  });

  it('are read from the first language\'s files only: a language folder\'s articles are drawn in their own words by their routes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-early-'));
    try {
      for (const [file, text] of Object.entries({
        'clinic.yaml': clinic,
        'therapists/ana-bell.md': '---\nname: Ana Bell\ncredentials: RMT\n---\n',
        'therapists/fr/ana-bell.md': '---\nname: Ana Bell\ncredentials: MA\n---\n',
        'articles/knees.mdx': '---\ntitle: Knees\nauthor: ana-bell\npublishedDate: 2026-01-10\n---\n\nText.\n',
        'articles/fr/knees.mdx': '---\ntitle: Genoux\nauthor: ana-bell\npublishedDate: 2026-01-10\n---\n\nTexte.\n',
      })) {
        mkdirSync(join(dir, file, '..'), { recursive: true });
        writeFileSync(join(dir, file), text);
      }
      const { sources } = checkContentFolder(dir);
      expect([...sources.therapists.keys()]).toEqual(['ana-bell']);
      expect(ogInputsFromSources(sources).slice(1)).toEqual([articleOgInput('Knees', { name: 'Ana Bell', credentials: 'RMT' }, 'Fixture Clinic')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
    // And nothing guessed that the routes did not ask for: each guessed drawing is one of the site's images.
    const built = new Set(images.map((image) => digest(readFileSync(join(image.parentPath, image.name)))));
    for (const key of guessed) expect(built.has(digest(readFileSync(join(OG_CACHE_DIR, `${key}.png`)))), `guessed ${key}, which no route asked for`).toBe(true);
  });
});
