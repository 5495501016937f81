/**
 * Placeholder pictures for a sample clinic: drawn, never photographed, so that no real
 * person or place stands in for the clinic's own. A portrait is a figure's outline on a
 * calm gradient; a room is a window, a treatment table and a plant; the front desk a
 * counter under a lamp; the mark a circle with a line of calm. Replace each with the
 * real picture (docs/EDITING.md, "Photos").
 */
import sharp from 'sharp';

export interface PlaceholderColours {
  from: string;
  to: string;
  figure: string;
}

/** A drawing as a JPEG with no metadata (sharp writes none unless asked). */
const jpeg = (svg: string) => sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();

/** A square portrait placeholder: head and shoulders in outline. */
export async function placeholderPortrait(size: number, colours: PlaceholderColours): Promise<Buffer> {
  return jpeg(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${colours.from}"/><stop offset="1" stop-color="${colours.to}"/></linearGradient></defs>
  <rect width="100" height="100" fill="url(#g)"/>
  <circle cx="50" cy="40" r="17" fill="${colours.figure}"/>
  <path d="M14 100 C14 74 30 62 50 62 C70 62 86 74 86 100 Z" fill="${colours.figure}"/>
</svg>`);
}

export const PREMISES_SCENES = ['room', 'desk'] as const;
export type PremisesScene = (typeof PREMISES_SCENES)[number];

/** A landscape placeholder of the premises (4:3): a treatment room, or the front desk. */
export async function placeholderPremises(width: number, scene: PremisesScene, colours: PlaceholderColours): Promise<Buffer> {
  const height = Math.round((width * 3) / 4);
  const wall = `<defs>
    <linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${colours.to}"/><stop offset="1" stop-color="${colours.figure}"/></linearGradient>
    <linearGradient id="light" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="${colours.figure}"/></linearGradient>
  </defs>
  <rect width="160" height="120" fill="url(#wall)"/>
  <rect y="92" width="160" height="28" fill="${colours.from}" opacity="0.35"/>`;
  const drawing =
    scene === 'room'
      ? `${wall}
  <rect x="18" y="14" width="44" height="50" rx="2" fill="url(#light)" stroke="${colours.from}" stroke-width="2"/>
  <path d="M40 14 V64 M18 39 H62" stroke="${colours.from}" stroke-width="1.5"/>
  <rect x="58" y="70" width="76" height="9" rx="4" fill="${colours.from}"/>
  <rect x="62" y="66" width="20" height="5" rx="2.5" fill="#ffffff" opacity="0.9"/>
  <path d="M66 79 V98 M126 79 V98" stroke="${colours.from}" stroke-width="3" stroke-linecap="round"/>
  <path d="M140 98 h12 l-2 -14 h-8 z" fill="${colours.from}"/>
  <path d="M146 84 C138 70 136 62 142 54 M146 84 C150 70 156 64 154 56 M146 84 C146 72 146 64 146 50" stroke="${colours.from}" stroke-width="2.5" fill="none" stroke-linecap="round"/>`
      : `${wall}
  <rect x="30" y="66" width="100" height="30" rx="3" fill="${colours.from}"/>
  <rect x="26" y="62" width="108" height="6" rx="3" fill="${colours.from}" opacity="0.85"/>
  <path d="M80 6 V26" stroke="${colours.from}" stroke-width="1.5"/>
  <path d="M68 34 Q80 20 92 34 Z" fill="${colours.from}"/>
  <circle cx="80" cy="37" r="3" fill="#ffffff"/>
  <rect x="96" y="50" width="22" height="12" rx="1.5" fill="#ffffff" opacity="0.9"/>
  <circle cx="44" cy="57" r="5" fill="#ffffff" opacity="0.9"/>
  <path d="M14 20 h22 v28 h-22 z" fill="url(#light)" stroke="${colours.from}" stroke-width="1.5"/>`;
  return jpeg(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 160 120" preserveAspectRatio="xMidYMid slice">${drawing}</svg>`);
}

/** A mark (SVG, no name: the site writes the name beside it), in colours that read on light and dark backgrounds. */
export function placeholderLogo(colours: Pick<PlaceholderColours, 'from'>): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 32 32">
  <circle cx="16" cy="16" r="16" fill="${colours.from}"/>
  <path d="M9 20c3-6 11-6 14 0M11 13h10" stroke="#ffffff" stroke-width="2.5" fill="none" stroke-linecap="round"/>
</svg>
`;
}
