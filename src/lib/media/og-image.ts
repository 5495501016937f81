/**
 * Open Graph images (1200×630 PNG), drawn at build time on a Skia canvas
 * (@napi-rs/canvas) and encoded by sharp, in fonts that ship in npm packages, so
 * no request leaves the machine. Each image is cached in .cache/og-images/ under
 * a hash of everything that goes into it: an unchanged article is never redrawn.
 *
 * The layout (ogImageLayout) is computed apart from the painting, so that what
 * goes where is tested without looking at pixels.
 *
 * A build asks for every image it will need as soon as it can guess them (the
 * content preflight, src/lib/media/og-early.ts) and again when Astro asks the image
 * route for its paths (drawAhead); those not in the cache are drawn in worker
 * threads, one per core, while Astro bundles and the pages render.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { en, type InterfaceStrings } from '../../i18n/en.ts';
import { textAt, yamlFields } from '../clinic/settings.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bump when the drawing changes, so that cached images are redrawn. */
const TEMPLATE_VERSION = 4;

export interface OgImageInput {
  /** The big line: an article's headline, or the clinic's tagline. */
  title: string;
  /** A smaller line above it, e.g. "Health article" */
  kicker: string;
  /** The bottom line, e.g. "By Maya Chen, RMT · Massage Rx" */
  footer: string;
  siteName: string;
  /** The clinic's mark where it has one (cardLogo), drawn in place of the site's own. */
  logo?: CardLogo | undefined;
}

/** A logo file as a card draws it; the digest of its bytes is what the cache key holds (the file's place differs between copies of the project). */
export interface CardLogo {
  file: string;
  digest: string;
}

/**
 * The logo content/clinic.yaml names, read for drawing: where it is, and a digest of what
 * it is; none where it names none. One reader for the cards drawn ahead (from the files, before
 * Astro has loaded anything) and for the image route, so that both draw the same card.
 */
export function cardLogo(contentDir: string = join(process.cwd(), 'content')): CardLogo | undefined {
  const path = textAt(yamlFields(readFileSync(join(contentDir, 'clinic.yaml'), 'utf8')), 'logo');
  if (!path) return undefined;
  const file = join(contentDir, path);
  return { file, digest: createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 32) };
}

/** The sharing image of an article: one builder for the image route and for the early start (ogInputsFromSources). */
export function articleOgInput(title: string, author: { name: string; credentials: string }, clinicName: string, words: InterfaceStrings['og'] = en.og, logo?: CardLogo): OgImageInput {
  return { title, kicker: words.articleKicker, footer: words.articleByline(author.name, author.credentials, clinicName), siteName: clinicName, ...(logo ? { logo } : {}) };
}

/** The site's own sharing image (/og/default.png). */
export function siteOgInput(clinic: { name: string; tagline: string; address: { locality: string; region: string }; phone: { display: string } }, words: InterfaceStrings['og'] = en.og, logo?: CardLogo): OgImageInput {
  return { title: clinic.tagline, kicker: words.siteKicker, footer: `${clinic.address.locality}, ${clinic.address.region} · ${clinic.phone.display}`, siteName: clinic.name, ...(logo ? { logo } : {}) };
}

const COLORS = { background: '#fbf8f3', ink: '#0f3330', brand: '#1b5752', muted: '#4b5b5a', accent: '#7fbab3' };

/** The fonts, by the family name the canvas knows them under (names of our own, so a system font is never taken instead). */
const FONT_FILES = {
  'OG Serif 600': '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff',
  'OG Sans 400': '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff',
  'OG Sans 600': '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff',
} as const;
type Family = keyof typeof FONT_FILES;
export interface TextStyle {
  family: Family;
  size: number;
  color: string;
  /** Extra space after each letter, in pixels. */
  letterSpacing?: number;
}
/** What the layout needs to know of a font: how wide a text is, and how far the font reaches above and below its baseline. */
export type Measure = (text: string, style: TextStyle) => { width: number; ascent: number; descent: number };

export type OgShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; color: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; color: string }
  /** A picture file drawn whole, as large as fits the box, centred in it. */
  | { kind: 'image'; file: string; x: number; y: number; width: number; height: number }
  | { kind: 'text'; text: string; x: number; baseline: number; style: TextStyle; width: number };

// The frame: a brand bar down the left, then a padded column.
const BAR = 24;
const PAD = { top: 64, right: 80, bottom: 56, left: 72 };
const LEFT = BAR + PAD.left;
const RIGHT = OG_WIDTH - PAD.right;
const LOGO = 56;

/** Greedy word wrap to `maxWidth`; a word longer than a line is broken between letters. */
export function wrapText(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (width(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (width(rest) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && width(rest.slice(0, cut)) > maxWidth) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Where everything goes: the clinic's mark and name at the top, the kicker and
 * the wrapped title in the middle, the footer line under a rule at the bottom.
 */
export function ogImageLayout(input: OgImageInput, measure: Measure): OgShape[] {
  const shapes: OgShape[] = [
    { kind: 'rect', x: 0, y: 0, width: OG_WIDTH, height: OG_HEIGHT, color: COLORS.background },
    { kind: 'rect', x: 0, y: 0, width: BAR, height: OG_HEIGHT, color: COLORS.brand },
    // The clinic's mark, or the site's own until it has one.
    input.logo ? { kind: 'image', file: input.logo.file, x: LEFT, y: PAD.top, width: LOGO, height: LOGO } : { kind: 'circle', cx: LEFT + LOGO / 2, cy: PAD.top + LOGO / 2, r: LOGO / 2, color: COLORS.brand },
  ];
  // A line of text in a box `lineHeight` tall whose top is `top`: the glyphs sit centred in it, as in CSS.
  const line = (text: string, style: TextStyle, x: number, top: number, lineHeight?: number) => {
    const m = measure(text, style);
    const height = lineHeight ?? m.ascent + m.descent;
    shapes.push({ kind: 'text', text, x, baseline: top + (height - m.ascent - m.descent) / 2 + m.ascent, style, width: m.width });
    return height;
  };
  // The clinic's name, centred on the mark beside it.
  line(input.siteName, { family: 'OG Serif 600', size: 40, color: COLORS.ink }, LEFT + LOGO + 20, PAD.top, LOGO);

  const footer: TextStyle = { family: 'OG Sans 400', size: 30, color: COLORS.muted };
  const footerM = measure(input.footer, footer);
  const footerText = footerM.ascent + footerM.descent;
  const bottom = OG_HEIGHT - PAD.bottom;
  const ruleTop = bottom - footerText - 24 - 3;
  shapes.push({ kind: 'rect', x: LEFT, y: ruleTop, width: RIGHT - LEFT, height: 3, color: COLORS.accent });
  line(input.footer, footer, LEFT, bottom - footerText);

  // The title's size steps down for longer titles, so that it stays within three or four lines.
  const size = input.title.length > 70 ? 56 : input.title.length > 45 ? 64 : 72;
  const title: TextStyle = { family: 'OG Serif 600', size, color: COLORS.ink };
  const kicker: TextStyle = { family: 'OG Sans 600', size: 28, color: COLORS.brand, letterSpacing: 2 };
  const kickerText = input.kicker.toUpperCase();
  const kickerM = measure(kickerText, kicker);
  const titleLines = wrapText(input.title, RIGHT - LEFT, (s) => measure(s, title).width);
  const titleLineHeight = size * 1.12;
  const middle = kickerM.ascent + kickerM.descent + 20 + titleLines.length * titleLineHeight;
  // The middle block sits halfway between the header and the rule (CSS's space-between).
  let top = PAD.top + LOGO + (ruleTop - PAD.top - LOGO - middle) / 2;
  top += line(kickerText, kicker, LEFT, top) + 20;
  for (const text of titleLines) top += line(text, title, LEFT, top, titleLineHeight);
  return shapes;
}

const require = createRequire(join(process.cwd(), 'package.json'));

type CanvasModule = typeof import('@napi-rs/canvas');
let canvasModule: Promise<CanvasModule> | undefined;
/** The canvas, with the fonts registered (once per thread). */
function loadCanvas(): Promise<CanvasModule> {
  canvasModule ??= import('@napi-rs/canvas').then((canvas) => {
    for (const [family, file] of Object.entries(FONT_FILES)) {
      if (!canvas.GlobalFonts.has(family) && !canvas.GlobalFonts.register(readFileSync(require.resolve(file)), family)) {
        throw new Error(`Open Graph images: the font ${file} could not be loaded`);
      }
    }
    return canvas;
  });
  return canvasModule;
}

let threadCanvas: import('@napi-rs/canvas').Canvas | undefined;
/** One canvas per thread, painted over for each image: its pixels live outside V8's heap, so a canvas per image piles up until a late collection. */
async function canvasForThisThread() {
  const { createCanvas } = await loadCanvas();
  threadCanvas ??= createCanvas(OG_WIDTH, OG_HEIGHT);
  return threadCanvas;
}

/** Draws an image's pixels (raw RGBA, OG_WIDTH × OG_HEIGHT): the layout's shapes in order, the first covering the whole picture. */
async function paint(input: OgImageInput): Promise<Buffer> {
  const canvas = await canvasForThisThread();
  const { loadImage } = await loadCanvas();
  const ctx = canvas.getContext('2d');
  const setFont = (style: TextStyle) => {
    ctx.font = `${style.size}px "${style.family}"`;
    ctx.letterSpacing = `${style.letterSpacing ?? 0}px`;
  };
  const measure: Measure = (text, style) => {
    setFont(style);
    const m = ctx.measureText(text);
    return { width: m.width, ascent: m.fontBoundingBoxAscent, descent: m.fontBoundingBoxDescent };
  };
  ctx.textBaseline = 'alphabetic';
  for (const shape of ogImageLayout(input, measure)) {
    if (shape.kind === 'rect') {
      ctx.fillStyle = shape.color;
      ctx.fillRect(shape.x, shape.y, shape.width, shape.height);
    } else if (shape.kind === 'image') {
      const picture = await loadImage(readFileSync(shape.file));
      const scale = Math.min(shape.width / picture.width, shape.height / picture.height);
      const [width, height] = [picture.width * scale, picture.height * scale];
      ctx.drawImage(picture, shape.x + (shape.width - width) / 2, shape.y + (shape.height - height) / 2, width, height);
    } else if (shape.kind === 'circle') {
      ctx.fillStyle = shape.color;
      ctx.beginPath();
      ctx.arc(shape.cx, shape.cy, shape.r, 0, Math.PI * 2);
      ctx.fill();
    } else {
      setFont(shape.style);
      ctx.fillStyle = shape.style.color;
      ctx.fillText(shape.text, shape.x, shape.baseline);
    }
  }
  return canvas.data();
}

/** The cache key: everything that changes the picture. */
export function ogImageKey(input: OgImageInput): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: TEMPLATE_VERSION, input: { ...input, logo: input.logo?.digest }, COLORS, fonts: FONT_FILES }))
    .digest('hex')
    .slice(0, 32);
}

export const OG_CACHE_DIR = join(process.cwd(), '.cache', 'og-images');

/** Draws an image and puts it in the cache (written whole, then renamed: a reader never sees half a file). */
export async function drawOgImage(input: OgImageInput, cacheDir: string): Promise<Buffer> {
  const [pixels, { default: sharp }] = await Promise.all([paint(input), import('sharp')]);
  // Level 3 encodes in half the time of 6 for about 12% more bytes: drawing is most of a cold build of many articles.
  const png = await sharp(pixels, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 4 } }).removeAlpha().png({ compressionLevel: 3 }).toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, `${ogImageKey(input)}.png`);
  writeFileSync(`${file}.${process.pid}.tmp`, png);
  renameSync(`${file}.${process.pid}.tmp`, file);
  return png;
}

/**
 * Images being drawn ahead, by cache file. One map for the process: the build's
 * configuration starts drawing (src/integrations/content-preflight.ts) from its
 * own copy of this module, and the image route, bundled by Vite, waits for them
 * from another copy.
 */
const DRAWING_KEY = Symbol.for('massagerx.og-images-drawing');
const drawing: Map<string, Promise<Buffer>> = ((globalThis as Record<symbol, unknown>)[DRAWING_KEY] as Map<string, Promise<Buffer>> | undefined) ??
  ((globalThis as Record<symbol, unknown>)[DRAWING_KEY] = new Map<string, Promise<Buffer>>());

/** The PNG for an image: from the cache when its inputs are unchanged, otherwise drawn (ahead, or now) and cached. */
export async function ogImagePng(input: OgImageInput, cacheDir: string = OG_CACHE_DIR): Promise<{ png: Buffer; drawn: boolean }> {
  const cached = join(cacheDir, `${ogImageKey(input)}.png`);
  const ahead = drawing.get(cached);
  if (ahead) return { png: await ahead, drawn: true };
  if (existsSync(cached)) return { png: readFileSync(cached), drawn: false };
  return { png: await drawOgImage(input, cacheDir), drawn: true };
}

/** Where the worker's code is: run by Node itself, not bundled with the pages (a build runs from the project's folder). */
const WORKER_FILE = join(process.cwd(), 'src/lib/media/og-image-worker.ts');

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
