/**
 * `node scripts/placeholder-photos.ts portrait <file.jpg> [size]`: writes a drawn
 * placeholder portrait (scripts/lib/placeholder-photos.ts) where a sample clinic
 * needs one: never a real person. Refuses to write over a file that exists.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { lightToken } from '../src/lib/media/theme.ts';
import { placeholderPortrait } from './lib/placeholder-photos.ts';

const [kind, file, size = '800'] = process.argv.slice(2);
if (kind !== 'portrait' || !file) {
  console.error('Say: node scripts/placeholder-photos.ts portrait <file.jpg> [size in pixels]');
  process.exit(2);
}
if (existsSync(file)) {
  console.error(`${file} exists: a placeholder never replaces a picture. Remove it first if that is what you want.`);
  process.exit(1);
}
// The site's own colours (tailwind.config.cjs): its teal fading to its palest, the figure lighter still.
const colours = { from: lightToken('brand-500'), to: lightToken('brand-100'), figure: lightToken('brand-50') };
writeFileSync(file, await placeholderPortrait(Number(size), colours));
console.log(`Wrote ${file}: a drawn placeholder portrait, ${size} × ${size} px. Replace it with the real photo.`);
