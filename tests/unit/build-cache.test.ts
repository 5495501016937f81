// The build's caches against the code that made them (src/integrations/build-cache.ts): emptied
// when the code changes, but for the pictures, which only a change of the image pipeline empties.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearCachesOfOtherCode } from '../../src/integrations/build-cache';

const root = mkdtempSync(join(tmpdir(), 'build-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const PICTURE = '.cache/astro/assets/room.Ab12_Cd34.avif';
const STORE = '.cache/astro/data-store.json';
const cached = () => ({ picture: existsSync(join(root, PICTURE)), store: existsSync(join(root, STORE)) });
const fillCaches = () => {
  write(PICTURE, 'avif');
  write(STORE, '{}');
};

describe('clearCachesOfOtherCode', () => {
  write('src/page.ts', 'one');
  write('astro.config.mjs', 'export default { image: {} }');
  write('node_modules/astro/package.json', '{"version":"7.0.0"}');
  write('node_modules/sharp/package.json', '{"version":"0.34.0"}');

  it('keeps every cache while nothing changed', () => {
    clearCachesOfOtherCode(root, {});
    fillCaches();
    expect(clearCachesOfOtherCode(root, {})).toBe(false);
    expect(cached()).toEqual({ picture: true, store: true });
  });
  it('a change of our code empties the caches, but keeps the pictures (named by their source and options)', () => {
    write('src/page.ts', 'two');
    expect(clearCachesOfOtherCode(root, {})).toBe(true);
    expect(cached()).toEqual({ picture: true, store: false });
  });
  it('a change of the image pipeline (its settings, or sharp) empties the pictures too', () => {
    fillCaches();
    write('node_modules/sharp/package.json', '{"version":"0.35.0"}');
    clearCachesOfOtherCode(root, {});
    expect(cached().picture).toBe(false);
    fillCaches();
    write('astro.config.mjs', 'export default { image: { quality: 60 } }');
    clearCachesOfOtherCode(root, {});
    expect(cached()).toEqual({ picture: false, store: false });
  });
});
