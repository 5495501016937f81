import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cardLogo, OG_HEIGHT, OG_WIDTH, ogImageKey, ogImageLayout, ogImagePng, wrapText, type Measure, type OgShape } from '../../src/lib/media/og-image';

const input = { title: 'Hip Balance and Lower Back Pain', kicker: 'Health article', footer: 'By Maya Chen, RMT · Massage Rx', siteName: 'Massage Rx' };
const cache = mkdtempSync(join(tmpdir(), 'og-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('Open Graph images', () => {
  it('key on everything that changes the picture', () => {
    expect(ogImageKey(input)).toBe(ogImageKey({ ...input }));
    expect(ogImageKey({ ...input, title: 'Another title' })).not.toBe(ogImageKey(input));
    expect(ogImageKey({ ...input, footer: 'By Daniel Okafor, RMT · Massage Rx' })).not.toBe(ogImageKey(input));
  });

  // A font where every letter is half as wide as the font is tall: widths are easy to reason about.
  const even: Measure = (text, style) => ({ width: text.length * (style.size / 2 + (style.letterSpacing ?? 0)), ascent: style.size * 0.8, descent: style.size * 0.25 });
  const texts = (shapes: OgShape[]) => shapes.filter((s): s is Extract<OgShape, { kind: 'text' }> => s.kind === 'text');

  it('lay out the clinic name, kicker, title and footer, top to bottom, inside the picture', () => {
    const long = { ...input, title: 'How hip balance, pelvic tilt and the way we sit all day shape the pain low in the back' };
    for (const each of [input, long]) {
      const shapes = ogImageLayout(each, even);
      // One canvas is painted over for every image: the first shape covers all of it.
      expect(shapes[0]).toMatchObject({ kind: 'rect', x: 0, y: 0, width: OG_WIDTH, height: OG_HEIGHT });
      const lines = texts(shapes);
      expect(lines[0]!.text).toBe(each.siteName);
      const byBaseline = [...lines].sort((a, b) => a.baseline - b.baseline).map((l) => l.text);
      const titleLines = byBaseline.slice(2, -1);
      expect(byBaseline).toEqual([each.siteName, each.kicker.toUpperCase(), ...titleLines, each.footer]);
      expect(titleLines.join(' ')).toBe(each.title);
      for (const line of lines) {
        expect(line.x).toBeGreaterThanOrEqual(24);
        expect(line.x + line.width).toBeLessThanOrEqual(OG_WIDTH);
        expect(line.baseline - line.style.size * 0.8).toBeGreaterThanOrEqual(0);
        expect(line.baseline + line.style.size * 0.25).toBeLessThanOrEqual(OG_HEIGHT);
      }
    }
    // The longer title wraps onto more lines, in a smaller size.
    const short = texts(ogImageLayout(input, even)).filter((l) => l.style.family.includes('Serif') && l.text !== input.siteName);
    const wrapped = texts(ogImageLayout(long, even)).filter((l) => l.style.family.includes('Serif') && l.text !== long.siteName);
    expect(wrapped.length).toBeGreaterThan(short.length);
    expect(wrapped[0]!.style.size).toBeLessThan(short[0]!.style.size);
  });

  it('keep the title clear of the rule above the footer', () => {
    const shapes = ogImageLayout({ ...input, title: 'Word '.repeat(30).trim() }, even);
    const rule = shapes.find((s) => s.kind === 'rect' && s.height === 3) as Extract<OgShape, { kind: 'rect' }>;
    const lastTitle = texts(shapes).filter((l) => l.text.startsWith('Word')).at(-1)!;
    expect(lastTitle.baseline + lastTitle.style.size * 0.25).toBeLessThan(rule.y);
  });

  it('wrap words to a width, breaking a word only when it is longer than a line', () => {
    const width = (s: string) => s.length;
    expect(wrapText('one two three four', 9, width)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('a supercalifragilistic word', 8, width)).toEqual(['a', 'supercal', 'ifragili', 'stic', 'word']);
    expect(wrapText('  spaced   out  ', 20, width)).toEqual(['spaced out']);
  });

  it('draw a 1200×630 PNG once, then serve it from the cache', async () => {
    const first = await ogImagePng(input, cache);
    expect(first.drawn).toBe(true);
    const meta = await sharp(first.png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', OG_WIDTH, OG_HEIGHT]);
    // The title is painted in ink: the band where it sits has dark pixels, the margin under the footer has none.
    const darkIn = async (top: number, height: number) => {
      const { data } = await sharp(first.png).extract({ left: 96, top, width: 1000, height }).greyscale().raw().toBuffer({ resolveWithObject: true });
      return data.filter((v) => v < 80).length;
    };
    expect(await darkIn(250, 150)).toBeGreaterThan(1000);
    expect(await darkIn(600, 30)).toBe(0);
    const second = await ogImagePng(input, cache);
    expect(second.drawn).toBe(false);
    expect(second.png.equals(first.png)).toBe(true);
    expect(readdirSync(cache)).toEqual([`${ogImageKey(input)}.png`]);
  }, 30_000);

  it('draw the clinic’s logo in place of the site’s mark, keyed on what the logo is, not where it lies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-logo-'));
    try {
      // A clinic's content: clinic.yaml naming its logo, a red square.
      writeFileSync(join(dir, 'clinic.yaml'), 'name: A Clinic\nlogo: ./images/mark.png\n');
      mkdirSync(join(dir, 'images'));
      writeFileSync(join(dir, 'images/mark.png'), await sharp({ create: { width: 64, height: 64, channels: 3, background: '#d01010' } }).png().toBuffer());
      const logo = cardLogo(dir)!;
      expect(logo.file).toBe(join(dir, 'images/mark.png'));
      const withLogo = { ...input, logo };
      const shapes = ogImageLayout(withLogo, even);
      expect(shapes.filter((s) => s.kind === 'circle')).toEqual([]);
      const mark = shapes.find((s): s is Extract<OgShape, { kind: 'image' }> => s.kind === 'image')!;
      expect(mark.file).toBe(logo.file);
      // Where the mark was, and the name beside it as before.
      const circle = ogImageLayout(input, even).find((s): s is Extract<OgShape, { kind: 'circle' }> => s.kind === 'circle')!;
      expect([mark.x + mark.width / 2, mark.y + mark.height / 2]).toEqual([circle.cx, circle.cy]);
      expect(texts(shapes)[0]!.x).toBeGreaterThanOrEqual(mark.x + mark.width);
      // The same logo elsewhere draws the same card; another logo, another one.
      expect(ogImageKey({ ...withLogo, logo: { ...logo, file: '/elsewhere/mark.png' } })).toBe(ogImageKey(withLogo));
      expect(ogImageKey(withLogo)).not.toBe(ogImageKey(input));
      // Painted: the logo's red where the mark is.
      const { png } = await ogImagePng(withLogo, cache);
      const { data } = await sharp(png).extract({ left: Math.round(circle.cx) - 4, top: Math.round(circle.cy) - 4, width: 8, height: 8 }).raw().toBuffer({ resolveWithObject: true });
      expect([data[0]! > 180, data[1]! < 60, data[2]! < 60]).toEqual([true, true, true]);
      // No logo named: no logo drawn.
      writeFileSync(join(dir, 'clinic.yaml'), 'name: A Clinic\n');
      expect(cardLogo(dir)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
