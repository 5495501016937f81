/**
 * Picture files the build cannot use (src/lib/media/image-files.ts), each made here as
 * the real thing: sharp encodes the JPEGs, PNGs and WebPs, a CMYK JPEG included.
 */
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { imageFileProblems, jpegComponents, MAX_IMAGE_BYTES, pictureMetadata, publishedAsIsProblems, sniffImage, svgScripts } from '../../src/lib/media/image-files';

const photo = (channels: 3 | 4 = 3) => sharp({ create: { width: 48, height: 32, channels, background: { r: 200, g: 120, b: 80, alpha: 1 } } });
const images: Record<'jpeg' | 'cmyk' | 'png' | 'webp' | 'grey', Buffer> = { jpeg: Buffer.alloc(0), cmyk: Buffer.alloc(0), png: Buffer.alloc(0), webp: Buffer.alloc(0), grey: Buffer.alloc(0) };
// The first bytes of an iPhone photo: an ISO box whose brand is heic.
const HEIC = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(64)]);

beforeAll(async () => {
  images.jpeg = await photo().jpeg().toBuffer();
  images.cmyk = await photo().toColourspace('cmyk').jpeg().toBuffer();
  images.grey = await photo().toColourspace('b-w').jpeg().toBuffer();
  images.png = await photo(4).png().toBuffer();
  images.webp = await photo().webp().toBuffer();
});
const problemsOf = (path: string, bytes: Uint8Array) => imageFileProblems(path, bytes).map((p) => `${p.file}: ${p.field}: ${p.message}`);

describe('pictures the site can use', () => {
  it('pass: JPEG (colour and grey), PNG, WebP and an SVG drawing', () => {
    expect(problemsOf('content/therapists/images/ada.jpg', images.jpeg)).toEqual([]);
    expect(problemsOf('content/therapists/images/ada.jpeg', images.grey)).toEqual([]);
    expect(problemsOf('content/services/images/room.png', images.png)).toEqual([]);
    expect(problemsOf('content/services/images/room.webp', images.webp)).toEqual([]);
    expect(problemsOf('content/pages/images/logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><a href="/about/"><circle r="1"/></a></svg>'))).toEqual([]);
    expect(jpegComponents(images.jpeg)).toBe(3);
    expect(jpegComponents(images.grey)).toBe(1);
  });
  it('are told by their bytes, not their names', () => {
    expect([images.jpeg, images.png, images.webp, HEIC].map(sniffImage)).toEqual(['jpeg', 'png', 'webp', 'heic']);
  });
});

describe('pictures the build refuses, naming the file and what to do', () => {
  it('a phone’s HEIC photo, whatever its name: export it as JPEG', () => {
    for (const path of ['content/therapists/images/IMG_0412.HEIC', 'content/therapists/images/ada.heif']) {
      expect(problemsOf(path, HEIC), path).toEqual([expect.stringMatching(new RegExp(`^${path}: \\(picture\\): is a HEIC photo.*export it as JPEG`))]);
    }
    expect(problemsOf('content/therapists/images/ada.jpg', HEIC)[0]).toContain('HEIC');
  });
  it('a CMYK JPEG, made for print: export it as an RGB JPEG', () => {
    expect(jpegComponents(images.cmyk)).toBe(4);
    expect(problemsOf('content/therapists/images/ada.jpg', images.cmyk)).toEqual([expect.stringContaining('is a CMYK JPEG (made for print), which browsers show with the wrong colours: export it again as an RGB (sRGB) JPEG')]);
  });
  it('a damaged file: cut short, or not a picture at all', () => {
    expect(problemsOf('content/therapists/images/ada.jpg', images.jpeg.subarray(0, images.jpeg.length / 2))[0]).toContain('is cut short');
    expect(problemsOf('content/services/images/room.png', images.png.subarray(0, images.png.length - 20))[0]).toContain('is cut short');
    expect(problemsOf('content/services/images/room.webp', images.webp.subarray(0, images.webp.length - 10))[0]).toContain('is cut short');
    expect(problemsOf('content/therapists/images/ada.jpg', Buffer.from('not a picture at all'))[0]).toContain('cannot be read as a JPEG: the file is damaged or is not a picture');
  });
  it('a file over 20 MB: export it smaller', () => {
    const huge = Buffer.concat([images.jpeg, Buffer.alloc(MAX_IMAGE_BYTES)]);
    expect(problemsOf('content/therapists/images/ada.jpg', huge)[0]).toMatch(/is 20\.\d MB, more than 20\.0 MB: export it again as a JPEG of at most 4000 pixels/);
  });
  it('an SVG with code in it: a script, an event handler, a javascript: link, embedded HTML', () => {
    expect(svgScripts('<svg><script>alert(1)</script></svg>')).toEqual(['a <script> element']);
    expect(svgScripts('<svg onload="alert(1)"><rect/></svg>')).toEqual(['an onload attribute']);
    expect(svgScripts('<svg><a xlink:href=" javascript:alert(1)"><rect/></a></svg>')).toEqual(['a javascript: link (xlink:href)']);
    expect(svgScripts('<svg><foreignObject><div>x</div></foreignObject></svg>')).toEqual(['a <foreignObject> element (HTML inside the picture)']);
    expect(problemsOf('content/pages/images/logo.svg', Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("//x")</script></svg>'))[0]).toContain(
      'has code in it (a <script> element), and the site shows pictures, never code',
    );
  });
  it('a format browsers do not show (TIFF, BMP), or a name that says another format', () => {
    expect(problemsOf('content/services/images/room.tif', Buffer.from('II*\0rest'))[0]).toContain('is a TIFF file, which browsers do not show: export it as JPEG');
    expect(problemsOf('content/services/images/room.jpg', images.png)[0]).toContain('is named .jpg but is a PNG file: rename it to end in .png');
  });
});

describe('pictures published as they are (public/)', () => {
  it('are refused when they carry EXIF, XMP or IPTC, in JPEG, PNG and WebP; a clean one passes', async () => {
    const exif = { IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' } };
    const withExif = {
      jpeg: await photo().jpeg().withExif(exif).toBuffer(),
      png: await photo().png().withExif(exif).toBuffer(),
      webp: await photo().webp().withExif(exif).toBuffer(),
    };
    for (const [kind, bytes] of Object.entries(withExif)) expect(pictureMetadata(bytes), kind).toContain('EXIF');
    expect(pictureMetadata(await photo().jpeg().withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>').toBuffer())).toContain('XMP');
    expect(publishedAsIsProblems('public/uploads/desk.jpg', withExif.jpeg)).toEqual([{ file: 'public/uploads/desk.jpg', field: '(picture)', message: expect.stringContaining('next to the entry that shows it') }]);
    for (const bytes of [images.jpeg, images.png, images.webp]) expect(publishedAsIsProblems('public/uploads/clean', bytes)).toEqual([]);
  });
});
