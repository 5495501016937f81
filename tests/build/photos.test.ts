// @module-tag fixture-only
/**
 * Published pictures keep nothing of the file they were made from but the picture. The
 * fixture clinic's article hero is a phone photo with its EXIF: the camera, and the GPS
 * position where it was taken. No picture the build publishes may carry either.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from './helpers';

/** The GPSInfo pointer of an EXIF block, in either byte order. */
const hasGpsPointer = (exif: Buffer) => exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
const PICTURE = /\.(jpe?g|png|webp|avif|gif)$/i;
const picturesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && PICTURE.test(e.name))
    .map((e) => join(e.parentPath, e.name));

describe('published pictures', () => {
  it('carry no EXIF, XMP or IPTC: no camera, no position, though the photos they come from have them', async () => {
    const sources = picturesIn(fixtureSite.content);
    const withPosition = [];
    for (const file of sources) {
      const { exif } = await sharp(readFileSync(file)).metadata();
      if (exif && hasGpsPointer(exif)) withPosition.push(file);
    }
    expect(withPosition.length, 'the fixture clinic needs a photo with a GPS position for this test to mean anything').toBeGreaterThan(0);

    const published = picturesIn(fixtureSite.dist);
    expect(published.length).toBeGreaterThan(0);
    for (const file of published) {
      const bytes = readFileSync(file);
      const { exif, xmp, iptc } = await sharp(bytes).metadata();
      expect({ exif: Boolean(exif), xmp: Boolean(xmp), iptc: Boolean(iptc) }, file).toEqual({ exif: false, xmp: false, iptc: false });
      expect(bytes.includes(Buffer.from('Exif\0\0')), file).toBe(false);
    }
  });
});
