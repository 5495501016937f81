/**
 * Picture files the clinic puts in content/, checked before the build reads them:
 * one the site cannot use (a phone's HEIC, a print CMYK JPEG, a damaged file, an SVG
 * with a script in it, one too large to upload) stops the build naming the file and
 * what to do, instead of failing somewhere deep in the image pipeline or shipping
 * something a browser shows wrongly. Reads the bytes only; nothing is written.
 */
import { Parser } from 'htmlparser2';
import type { ContentProblem } from '../content/integrity.ts';

/** Larger than any phone photo needs to be; the editor refuses larger uploads too. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** File names the content preflight treats as pictures (checked here), not as entries. */
export const PICTURE_FILE = /\.(avif|gif|jpe?g|png|svg|webp|heic|heif|tiff?|bmp)$/i;

type Kind = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'heic' | 'svg' | 'tiff' | 'bmp';

const EXTENSION_KIND: Record<string, Kind> = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp', gif: 'gif', avif: 'avif', heic: 'heic', heif: 'heic', svg: 'svg', tif: 'tiff', tiff: 'tiff', bmp: 'bmp' };
/** What browsers and the site's image pipeline accept. */
const USABLE: ReadonlySet<Kind> = new Set(['jpeg', 'png', 'webp', 'gif', 'avif', 'svg']);
const NAMES: Record<Kind, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', gif: 'GIF', avif: 'AVIF', heic: 'HEIC', svg: 'SVG', tiff: 'TIFF', bmp: 'BMP' };

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** What the bytes are, by their first bytes (never by the file's name). */
export function sniffImage(bytes: Uint8Array): Kind | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
  if (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*') return 'tiff';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'heic';
  }
  const text = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart();
  if (text.startsWith('<') && /<svg[\s>]/i.test(new TextDecoder().decode(bytes))) return 'svg';
  return undefined;
}

/** A JPEG's colour components (3 for RGB, 4 for CMYK or YCCK, 1 for grey), from its frame header; undefined when it has none (damaged). */
export function jpegComponents(bytes: Uint8Array): number | undefined {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    // A start of frame (SOF0–SOF15, except DHT, JPG and DAC, which share the range).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return at + 9 < bytes.length ? bytes[at + 9] : undefined;
    if (marker === 0xda) return undefined;
    at += 2 + length;
  }
  return undefined;
}

/** Does the file end as its format says a whole file ends? A download or copy cut short does not. */
function isComplete(kind: Kind, bytes: Uint8Array): boolean {
  if (kind === 'jpeg') {
    // The end-of-image marker, allowing the padding some cameras add after it.
    const tail = bytes.subarray(Math.max(0, bytes.length - 64));
    return tail.some((byte, i) => byte === 0xff && tail[i + 1] === 0xd9);
  }
  if (kind === 'png') return ascii(bytes, bytes.length - 8, bytes.length - 4) === 'IEND';
  if (kind === 'webp') return (bytes[4]! | (bytes[5]! << 8) | (bytes[6]! << 16) | (bytes[7]! << 24)) + 8 <= bytes.length;
  return true;
}

/** What in an SVG would run: script elements, event handler attributes, javascript: links, embedded HTML. */
export function svgScripts(svg: string): string[] {
  const found = new Set<string>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script') found.add('a <script> element');
        if (name === 'foreignobject') found.add('a <foreignObject> element (HTML inside the picture)');
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute.startsWith('on')) found.add(`an ${attribute} attribute`);
          if (/^\s*javascript:/i.test(value)) found.add(`a javascript: link (${attribute})`);
        }
      },
    },
    { xmlMode: false, lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.end(svg);
  return [...found];
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The problems of one picture file (`path` as the clinic knows it: content/therapists/images/ada.jpg), from its bytes. */
export function imageFileProblems(path: string, bytes: Uint8Array): ContentProblem[] {
  const problem = (message: string) => [{ file: path, field: '(picture)', message }];
  const named = EXTENSION_KIND[/\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? ''];
  if (bytes.length > MAX_IMAGE_BYTES) return problem(`is ${megabytes(bytes.length)}, more than ${megabytes(MAX_IMAGE_BYTES)}: export it again as a JPEG of at most 4000 pixels on its long side (a phone's "Large" or "Medium" size), which is more than any page shows`);
  const kind = sniffImage(bytes);
  if (kind === 'heic' || (kind === undefined && named === 'heic')) {
    return problem('is a HEIC photo (an iPhone’s own format), which browsers do not show: export it as JPEG (on the iPhone, share it with "Options → Most Compatible", or set Settings → Camera → Formats to Most Compatible) and put the .jpg here instead');
  }
  if (kind === undefined) return problem(`cannot be read as ${named ? `a ${NAMES[named]}` : 'a picture'}: the file is damaged or is not a picture; export it again as JPEG`);
  if (!USABLE.has(kind)) return problem(`is a ${NAMES[kind]} file, which browsers do not show: export it as JPEG (a photo) or PNG (a drawing) and put that here instead`);
  if (named && named !== kind) return problem(`is named .${/\.([^./]+)$/.exec(path)![1]} but is a ${NAMES[kind]} file: rename it to end in .${kind === 'jpeg' ? 'jpg' : kind}, and change the name where the entry refers to it`);
  if (!isComplete(kind, bytes)) return problem(`is cut short (the file is damaged, often by an interrupted copy or download): export it again as ${NAMES[kind]}`);
  if (kind === 'jpeg') {
    const components = jpegComponents(bytes);
    if (components === undefined) return problem('cannot be read as a JPEG: the file is damaged; export it again as JPEG');
    if (components === 4) return problem('is a CMYK JPEG (made for print), which browsers show with the wrong colours: export it again as an RGB (sRGB) JPEG');
  }
  if (kind === 'svg') {
    const scripts = svgScripts(new TextDecoder().decode(bytes));
    if (scripts.length > 0) return problem(`has code in it (${scripts.join(', ')}), and the site shows pictures, never code: export the drawing again without it, or as PNG`);
  }
  return [];
}

/**
 * What a picture file tells about where it comes from, besides the picture: EXIF (the camera,
 * the time, and often the GPS position where it was taken), XMP and IPTC. Found by their markers
 * in JPEG, PNG and WebP files; the image pipeline drops them all, a file published as it is keeps them.
 */
export function pictureMetadata(bytes: Uint8Array): Array<'EXIF' | 'XMP' | 'IPTC'> {
  const has = (marker: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(marker, 0, 'latin1');
  const kind = sniffImage(bytes);
  const found: Array<'EXIF' | 'XMP' | 'IPTC'> = [];
  if ((kind === 'jpeg' && has('Exif\0\0')) || (kind === 'png' && has('eXIf')) || (kind === 'webp' && has('EXIF'))) found.push('EXIF');
  if ((kind === 'jpeg' || kind === 'png' || kind === 'webp') && has('http://ns.adobe.com/xap/1.0/')) found.push('XMP');
  if (kind === 'jpeg' && has('Photoshop 3.0\0')) found.push('IPTC');
  return found;
}

/**
 * A picture in public/ (the editor's global media folder, public/uploads/) is published as it is,
 * with whatever it carries: one that tells more than the picture stops the build, naming it.
 */
export function publishedAsIsProblems(path: string, bytes: Uint8Array): ContentProblem[] {
  const found = pictureMetadata(bytes);
  if (found.length === 0) return [];
  return [{ file: path, field: '(picture)', message: `carries ${found.join(', ')} data (the camera, the time, perhaps the place it was taken), and files in public/ are published as they are: put it next to the entry that shows it (its images/ folder), where the site removes that data, or export it again without metadata` }];
}
