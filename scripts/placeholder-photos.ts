/**
 * Drawn placeholder pictures (scripts/lib/placeholder-photos.ts) where a sample clinic
 * needs one: never a real person or place. Refuses to write over a file that exists.
 *
 *   node scripts/placeholder-photos.ts portrait <file.jpg> [size]      a therapist
 *   node scripts/placeholder-photos.ts room <file.jpg> [width]         a treatment room
 *   node scripts/placeholder-photos.ts desk <file.jpg> [width]         the front desk
 *   node scripts/placeholder-photos.ts logo <file.svg>                 the clinic's mark
 */
import { existsSync, writeFileSync } from 'node:fs';
import { lightToken } from '../src/lib/media/theme.ts';
import { placeholderLogo, placeholderPortrait, placeholderPremises, PREMISES_SCENES, type PremisesScene } from './lib/placeholder-photos.ts';

const [kind = '', file, size] = process.argv.slice(2);
const kinds = ['portrait', ...PREMISES_SCENES, 'logo'];
if (!kinds.includes(kind) || !file) {
  console.error(`Say: node scripts/placeholder-photos.ts <${kinds.join('|')}> <file> [size in pixels]`);
  process.exit(2);
}
if (existsSync(file)) {
  console.error(`${file} exists: a placeholder never replaces a picture. Remove it first if that is what you want.`);
  process.exit(1);
}
// The site's own colours (tailwind.config.cjs): its teal fading to its palest, the figure lighter still.
const colours = { from: lightToken('brand-500'), to: lightToken('brand-100'), figure: lightToken('brand-50') };
if (kind === 'logo') {
  writeFileSync(file, placeholderLogo(colours));
  console.log(`Wrote ${file}: a drawn placeholder mark. Replace it with the clinic's own.`);
} else if (kind === 'portrait') {
  writeFileSync(file, await placeholderPortrait(Number(size ?? 800), colours));
  console.log(`Wrote ${file}: a drawn placeholder portrait. Replace it with the real photo.`);
} else {
  writeFileSync(file, await placeholderPremises(Number(size ?? 1600), kind as PremisesScene, colours));
  console.log(`Wrote ${file}: a drawn placeholder of the premises (${kind}). Replace it with the real photo.`);
}
