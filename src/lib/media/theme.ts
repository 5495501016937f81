/**
 * The colour tokens of both schemes, read from tailwind.config.cjs (their one
 * source), for what is not CSS: the browser's own toolbar colour (theme-color),
 * and the placeholder pictures drawn for a sample clinic.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

type Schemes = Record<string, [light: string, dark: string]>;

let schemes: Schemes | undefined;

/** The config is read from the project being built (the working folder), not from where this module was bundled. */
function tokens(): Schemes {
  schemes ??= (createRequire(join(process.cwd(), 'package.json'))('./tailwind.config.cjs') as { schemes: Schemes }).schemes;
  return schemes;
}

/** One colour token in the light scheme ("brand-500"): for pictures drawn in the site's colours. */
export function lightToken(name: string): string {
  const pair = tokens()[name];
  if (!pair) throw new Error(`tailwind.config.cjs has no colour token "${name}"`);
  return pair[0];
}

/** The toolbar colour in each scheme: the brand's teal on light pages, the page itself on dark ones. */
export function themeColors(): { light: string; dark: string } {
  const all = tokens();
  return { light: all['brand-700']![0], dark: all['surface']![1] };
}
