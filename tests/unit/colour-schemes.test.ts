// The design tokens of both colour schemes, read from tailwind.config.cjs: every
// pair the components use for text meets WCAG AA (4.5:1) in both, the focus ring
// and the button edges 3:1 against what they sit on. The pairs are the roles the
// markup gives the tokens (text-ink on bg-surface, text-on-brand on bg-brand-700…).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance } from '../../src/lib/media/contrast';

const config = createRequire(import.meta.url)('../../tailwind.config.cjs') as { schemes: Record<string, [string, string]> };
const { schemes } = config;

/** [text token, background token]: every combination the components write. */
const TEXT_PAIRS: Array<[string, string]> = [
  ...['ink', 'ink-muted', 'brand-700', 'brand-800', 'brand-900'].flatMap((text) => ['surface', 'brand-50', 'sand-50', 'sand-100'].map((bg) => [text, bg] as [string, string])),
  ['brand-800', 'brand-100'], // initials in a portrait
  ['on-brand', 'brand-700'], // buttons
  ['on-brand', 'brand-800'], // buttons, hovered
];
// The focus ring is drawn 2px outside the element, on what the element sits on.
const NON_TEXT_PAIRS: Array<[string, string]> = [
  ['focus', 'surface'],
  ['focus', 'brand-50'],
  ['focus', 'sand-50'],
  ['brand-500', 'surface'], // the "#" of a heading link
];

describe.each([
  ['light', 0],
  ['dark', 1],
] as const)('the %s colour scheme', (_name, index) => {
  const value = (token: string) => {
    const pair = schemes[token];
    if (!pair) throw new Error(`tailwind.config.cjs has no token "${token}"`);
    return pair[index];
  };
  it.each(TEXT_PAIRS)('text %s on %s meets 4.5:1', (text, bg) => {
    expect(contrastRatio(value(text), value(bg))).toBeGreaterThanOrEqual(4.5);
  });
  it.each(NON_TEXT_PAIRS)('%s against %s meets 3:1', (fg, bg) => {
    expect(contrastRatio(value(fg), value(bg))).toBeGreaterThanOrEqual(3);
  });
});

describe('the two schemes', () => {
  it('give every token a light and a dark value, the dark surface darker than its text', () => {
    for (const [token, pair] of Object.entries(schemes)) expect(pair, token).toHaveLength(2);
    expect(luminance(schemes['surface']![1])).toBeLessThan(luminance(schemes['ink']![1]));
    expect(luminance(schemes['surface']![0])).toBeGreaterThan(luminance(schemes['ink']![0]));
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white, 1 for a colour on itself, either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1b5752', '#1b5752')).toBe(1);
    // A known pair: #767676 on white is the lightest grey that passes AA (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it('names a colour it cannot read', () => {
    expect(() => luminance('teal')).toThrow(/"teal" is not a colour/);
  });
});
