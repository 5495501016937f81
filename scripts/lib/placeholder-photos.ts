/**
 * Placeholder pictures for a sample clinic: drawn, never photographed, so that no real
 * person or place stands in for the clinic's own. A portrait is a figure's outline on a
 * calm gradient; replace each with the real photo (docs/EDITING.md, "Photos").
 */
import sharp from 'sharp';

export interface PlaceholderColours {
  from: string;
  to: string;
  figure: string;
}

/** A square portrait placeholder: head and shoulders in outline, as a JPEG with no metadata. */
export async function placeholderPortrait(size: number, colours: PlaceholderColours): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${colours.from}"/><stop offset="1" stop-color="${colours.to}"/></linearGradient></defs>
  <rect width="100" height="100" fill="url(#g)"/>
  <circle cx="50" cy="40" r="17" fill="${colours.figure}"/>
  <path d="M14 100 C14 74 30 62 50 62 C70 62 86 74 86 100 Z" fill="${colours.figure}"/>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
