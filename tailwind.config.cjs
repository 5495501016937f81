// Design tokens for Massage Rx. Tailwind v4 reads this file through the
// `@config` line in src/styles/global.css (v4 does not look for it by itself).
//
// Two colour schemes, chosen by the reader's system setting alone
// (prefers-color-scheme: no toggle, no script, so no flash). Each token is a CSS
// variable whose value is the light one, or the dark one in a dark scheme; a
// class such as text-brand-900 means "heading colour" in both. Every pair used
// for text passes WCAG AA in both schemes (the notes give the ratios); the
// build tests check it from this table.

const plugin = require('tailwindcss/plugin');

/** Each token: [light, dark]. */
const schemes = {
  // Calm deep teal: trust and care without the coldness of hospital blue. In the dark scheme the
  // scale turns over: 50 is the darkest tint (panels), 900 the lightest (headings).
  'brand-50': ['#eff7f6', '#132826'],
  'brand-100': ['#d7ebe8', '#1d3a37'],
  'brand-200': ['#b0d6d1', '#2b534e'],
  'brand-300': ['#7fbab3', '#3d6f69'],
  'brand-500': ['#2f8179', '#5fb3a9'],
  'brand-600': ['#236b64', '#7cc7bd'], // 6.2:1 on white; 9.5:1 on the dark surface
  'brand-700': ['#1b5752', '#8fd6cc'], // 8.2:1 on white: buttons and links; 11.5:1 on the dark surface
  'brand-800': ['#15443f', '#b3e6df'],
  'brand-900': ['#0f3330', '#d5f0ec'], // headings
  // Warm sand for quiet surfaces.
  'sand-50': ['#fbf8f3', '#1c1a16'],
  'sand-100': ['#f5efe4', '#26231d'],
  'sand-200': ['#eadfcc', '#3a3429'],
  ink: ['#1d2b2b', '#e3eceb'], // body text, 14.6:1 on white; 14.9:1 on the dark surface
  'ink-muted': ['#4b5b5a', '#a9bab8'], // secondary text, 7.0:1 on white; 8.9:1 on the dark surface
  // The page and the cards on it.
  surface: ['#ffffff', '#0f1615'],
  // Text on brand-700 (buttons).
  'on-brand': ['#ffffff', '#0c1f1d'],
  // Focus ring: a warm amber that stands out against teal, white and the dark surface alike.
  focus: ['#b45309', '#f59e0b'],
};

// The typography plugin's own dark-mode colours (prose-invert), which the site does not use.
const INVERT = ['body', 'headings', 'lead', 'links', 'bold', 'counters', 'bullets', 'hr', 'quotes', 'quote-borders', 'captions', 'kbd', 'kbd-shadows', 'code', 'pre-code', 'pre-bg', 'th-borders', 'td-borders'];

const variable = (token) => `--mrx-${token}`;
const values = (index) => Object.fromEntries(Object.entries(schemes).map(([token, pair]) => [variable(token), pair[index]]));
const color = (token) => `var(${variable(token)})`;

/** @type {import('tailwindcss').Config} */
module.exports = {
  // Where markup is written (src/styles/global.css lists the same folders): words in build code must not become rules.
  content: ['./src/{components,layouts,pages}/**/*.astro', './src/scripts/**/*.ts', './content/**/*.{md,mdx}'],
  schemes,
  theme: {
    extend: {
      colors: {
        brand: { 50: color('brand-50'), 100: color('brand-100'), 200: color('brand-200'), 300: color('brand-300'), 500: color('brand-500'), 600: color('brand-600'), 700: color('brand-700'), 800: color('brand-800'), 900: color('brand-900') },
        sand: { 50: color('sand-50'), 100: color('sand-100'), 200: color('sand-200') },
        ink: { DEFAULT: color('ink'), muted: color('ink-muted') },
        surface: color('surface'),
        'on-brand': color('on-brand'),
        focus: color('focus'),
        // The footer is night-teal in both schemes, with its own light text (white is fixed, too).
        night: { DEFAULT: '#0f3330', line: '#15443f', ink: '#eff7f6', muted: '#d7ebe8', hover: '#b0d6d1' },
      },
      fontFamily: {
        // System fonts: no font download, no layout shift. Linux desktops' own sans-serifs come before Arial: WebKit on
        // Linux skips system-ui and would otherwise take Arial's stand-in (Liberation Sans), narrower than the
        // system font that Chromium and Gecko show there, so lines would break in other places from engine to engine.
        sans: ['ui-sans-serif', 'system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', '"Noto Sans"', '"DejaVu Sans"', 'Arial', 'sans-serif'],
        serif: ['ui-serif', 'Georgia', 'Cambria', '"Times New Roman"', 'Times', 'serif'],
      },
      typography: ({ theme }) => ({
        // The clinic's reading typography is the default one: every colour the plugin uses is a token (so that none
        // stays grey-on-dark in the dark scheme), and its own dark-mode colours (prose-invert) are left out, unused.
        DEFAULT: {
          css: {
            '--tw-prose-body': theme('colors.ink.DEFAULT'),
            '--tw-prose-headings': theme('colors.brand.900'),
            '--tw-prose-lead': theme('colors.ink.muted'),
            '--tw-prose-links': theme('colors.brand.700'),
            '--tw-prose-bold': theme('colors.ink.DEFAULT'),
            '--tw-prose-counters': theme('colors.brand.700'),
            '--tw-prose-bullets': theme('colors.brand.500'),
            '--tw-prose-hr': theme('colors.brand.100'),
            '--tw-prose-quotes': theme('colors.ink.DEFAULT'),
            '--tw-prose-quote-borders': theme('colors.brand.200'),
            '--tw-prose-captions': theme('colors.ink.muted'),
            '--tw-prose-kbd': theme('colors.ink.DEFAULT'),
            // The plugin wants an "r g b" triplet here, which a token is not; the site writes no <kbd>.
            '--tw-prose-kbd-shadows': null,
            '--tw-prose-code': theme('colors.ink.DEFAULT'),
            '--tw-prose-pre-code': theme('colors.ink.DEFAULT'),
            '--tw-prose-pre-bg': theme('colors.sand.100'),
            '--tw-prose-th-borders': theme('colors.brand.200'),
            '--tw-prose-td-borders': theme('colors.brand.100'),
            ...Object.fromEntries(INVERT.map((name) => [`--tw-prose-invert-${name}`, null])),
            'h2, h3': { fontFamily: 'ui-serif, Georgia, Cambria, "Times New Roman", Times, serif', fontWeight: '600' },
          },
        },
      }),
    },
  },
  plugins: [
    require('@tailwindcss/typography'),
    plugin(({ addBase }) =>
      addBase({
        ':root': { colorScheme: 'light dark', ...values(0) },
        // On screens only: paper is white, so print keeps the light scheme's colours whatever the screen's.
        '@media screen and (prefers-color-scheme: dark)': { ':root': values(1) },
        '@media print': { ':root': { colorScheme: 'light' } },
      }),
    ),
  ],
};
