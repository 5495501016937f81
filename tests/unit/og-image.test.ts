import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, ogImageKey, ogImagePng, ogImageTree } from '../../src/lib/og-image';

const input = { title: 'Hip Balance and Lower Back Pain', kicker: 'Health article', footer: 'By Maya Chen, RMT · Massage Rx', siteName: 'Massage Rx' };
const cache = mkdtempSync(join(tmpdir(), 'og-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('Open Graph images', () => {
  it('key on everything that changes the picture', () => {
    expect(ogImageKey(input)).toBe(ogImageKey({ ...input }));
    expect(ogImageKey({ ...input, title: 'Another title' })).not.toBe(ogImageKey(input));
    expect(ogImageKey({ ...input, footer: 'By Daniel Okafor, RMT · Massage Rx' })).not.toBe(ogImageKey(input));
  });

  it('lay out the title, kicker, footer and clinic name', () => {
    const text = JSON.stringify(ogImageTree(input));
    for (const part of Object.values(input)) expect(text).toContain(JSON.stringify(part));
  });

  it('draw a 1200×630 PNG once, then serve it from the cache', async () => {
    const first = await ogImagePng(input, cache);
    expect(first.drawn).toBe(true);
    const meta = await sharp(first.png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', OG_WIDTH, OG_HEIGHT]);
    const second = await ogImagePng(input, cache);
    expect(second.drawn).toBe(false);
    expect(second.png.equals(first.png)).toBe(true);
    expect(readdirSync(cache)).toEqual([`${ogImageKey(input)}.png`]);
  }, 30_000);
});
