/**
 * Open Graph images (1200×630 PNG), drawn at build time with satori (layout to
 * SVG) and sharp (SVG to PNG) in fonts that ship in npm packages, so no request
 * leaves the machine. Each image is cached in .cache/og-images/ under a hash of
 * everything that goes into it: an unchanged article is never redrawn.
 *
 * A build asks for every image it will need as soon as it knows them
 * (drawAhead); those not in the cache are drawn in worker threads, one per
 * core, while the pages render on the main thread.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bump when the drawing changes, so that cached images are redrawn. */
const TEMPLATE_VERSION = 3;

export interface OgImageInput {
  /** The big line: an article's headline, or the clinic's tagline. */
  title: string;
  /** A smaller line above it, e.g. "Health article" */
  kicker: string;
  /** The bottom line, e.g. "By Maya Chen, RMT · Massage Rx" */
  footer: string;
  siteName: string;
}

const COLORS = { background: '#fbf8f3', ink: '#0f3330', brand: '#1b5752', muted: '#4b5b5a', accent: '#7fbab3' };

type El = { type: string; props: Record<string, unknown> & { children?: El | string | Array<El | string> } };
const h = (type: string, style: Record<string, unknown>, children?: El['props']['children']): El => ({ type, props: { style, children } });

/** The layout of an image, as the element tree satori draws. */
export function ogImageTree(input: OgImageInput): El {
  const titleSize = input.title.length > 70 ? 56 : input.title.length > 45 ? 64 : 72;
  return h('div', { display: 'flex', width: OG_WIDTH, height: OG_HEIGHT, backgroundColor: COLORS.background, fontFamily: 'Source Sans 3' }, [
    h('div', { display: 'flex', width: 24, height: OG_HEIGHT, backgroundColor: COLORS.brand }),
    h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 80px 56px 72px', flex: 1 }, [
      h('div', { display: 'flex', alignItems: 'center', gap: 20 }, [
        h('div', { display: 'flex', width: 56, height: 56, borderRadius: 28, backgroundColor: COLORS.brand }),
        h('div', { display: 'flex', fontFamily: 'Source Serif 4', fontSize: 40, fontWeight: 600, color: COLORS.ink }, input.siteName),
      ]),
      h('div', { display: 'flex', flexDirection: 'column', gap: 20 }, [
        h('div', { display: 'flex', fontSize: 28, fontWeight: 600, color: COLORS.brand, textTransform: 'uppercase', letterSpacing: 2 }, input.kicker),
        h('div', { display: 'flex', fontFamily: 'Source Serif 4', fontSize: titleSize, fontWeight: 600, color: COLORS.ink, lineHeight: 1.12 }, input.title),
      ]),
      h('div', { display: 'flex', fontSize: 30, color: COLORS.muted, borderTop: `3px solid ${COLORS.accent}`, paddingTop: 24 }, input.footer),
    ]),
  ]);
}

const require = createRequire(join(process.cwd(), 'package.json'));
const FONT_FILES = [
  { name: 'Source Serif 4', weight: 600, file: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff' },
  { name: 'Source Sans 3', weight: 400, file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff' },
  { name: 'Source Sans 3', weight: 600, file: '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff' },
] as const;

let fonts: Array<{ name: string; weight: 400 | 600; data: Buffer; style: 'normal' }> | undefined;
function loadFonts() {
  fonts ??= FONT_FILES.map((f) => ({ name: f.name, weight: f.weight, style: 'normal' as const, data: readFileSync(require.resolve(f.file)) }));
  return fonts;
}

/** The cache key: everything that changes the picture. */
export function ogImageKey(input: OgImageInput): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: TEMPLATE_VERSION, input, COLORS, fonts: FONT_FILES.map((f) => f.file) }))
    .digest('hex')
    .slice(0, 32);
}

export const OG_CACHE_DIR = join(process.cwd(), '.cache', 'og-images');

/** Draws an image and puts it in the cache (written whole, then renamed: a reader never sees half a file). */
export async function drawOgImage(input: OgImageInput, cacheDir: string): Promise<Buffer> {
  const [{ default: satori }, { default: sharp }] = await Promise.all([import('satori'), import('sharp')]);
  const svg = await satori(ogImageTree(input) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  // Level 3 encodes in half the time of 6 for about 12% more bytes: drawing is most of a cold build of many articles.
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, `${ogImageKey(input)}.png`);
  writeFileSync(`${file}.${process.pid}.tmp`, png);
  renameSync(`${file}.${process.pid}.tmp`, file);
  return png;
}

/** Images being drawn ahead, by cache file. */
const drawing = new Map<string, Promise<Buffer>>();

/** The PNG for an image: from the cache when its inputs are unchanged, otherwise drawn (ahead, or now) and cached. */
export async function ogImagePng(input: OgImageInput, cacheDir: string = OG_CACHE_DIR): Promise<{ png: Buffer; drawn: boolean }> {
  const cached = join(cacheDir, `${ogImageKey(input)}.png`);
  const ahead = drawing.get(cached);
  if (ahead) return { png: await ahead, drawn: true };
  if (existsSync(cached)) return { png: readFileSync(cached), drawn: false };
  return { png: await drawOgImage(input, cacheDir), drawn: true };
}

/** Where the worker's code is: run by Node itself, not bundled with the pages (a build runs from the project's folder). */
const WORKER_FILE = join(process.cwd(), 'src/lib/og-image-worker.ts');

/**
 * Starts drawing, in worker threads, every image of `inputs` that is not in the
 * cache, and returns at once; ogImagePng then waits for the one it asks for.
 * Returns how many are being drawn.
 */
export function drawAhead(inputs: OgImageInput[], cacheDir: string = OG_CACHE_DIR): number {
  const fileOf = (input: OgImageInput) => join(cacheDir, `${ogImageKey(input)}.png`);
  const queue = [...new Map(inputs.map((input) => [fileOf(input), input])).values()].filter((input) => !drawing.has(fileOf(input)) && !existsSync(fileOf(input)));
  const count = queue.length;
  if (count === 0) return 0;
  const settle = new Map<string, { resolve: (png: Buffer | Promise<Buffer>) => void; reject: (error: unknown) => void }>();
  for (const input of queue) drawing.set(fileOf(input), new Promise<Buffer>((resolve, reject) => settle.set(fileOf(input), { resolve, reject })));
  for (let i = 0; i < Math.min(availableParallelism(), count); i++) {
    const worker = new Worker(WORKER_FILE, { workerData: { cacheDir } });
    // A build that ends (or fails) does not wait for drawings nobody asked for.
    worker.unref();
    let current: OgImageInput | undefined;
    const next = () => {
      current = queue.shift();
      if (current) worker.postMessage(current);
      else void worker.terminate();
    };
    worker.on('message', (png: Uint8Array) => {
      settle.get(fileOf(current!))!.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      next();
    });
    worker.on('error', (error) => {
      if (current) settle.get(fileOf(current))!.reject(error);
      // What is left is drawn on the main thread when asked for.
      for (const input of queue.splice(0)) settle.get(fileOf(input))!.resolve(drawOgImage(input, cacheDir));
    });
    next();
  }
  return count;
}
