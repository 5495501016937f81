// Design tokens for Massage Rx. Tailwind v4 reads this file through the
// `@config` line in src/styles/global.css (v4 does not look for it by itself).
// Every colour pair used for text passes WCAG AA; the notes give the ratio on white.

/** @type {import('tailwindcss').Config} */
module.exports = {
  // Where markup is written (src/styles/global.css lists the same folders): words in build code must not become rules.
  content: ['./src/{components,layouts,pages}/**/*.astro', './src/scripts/**/*.ts', './content/**/*.{md,mdx}'],
  theme: {
    extend: {
      colors: {
        // Calm deep teal: trust and care without the coldness of hospital blue.
        brand: {
          50: '#eff7f6',
          100: '#d7ebe8',
          200: '#b0d6d1',
          300: '#7fbab3',
          500: '#2f8179',
          600: '#236b64', // 6.2:1 on white
          700: '#1b5752', // 8.2:1 on white: buttons and links
          800: '#15443f',
          900: '#0f3330',
        },
        // Warm sand for quiet surfaces.
        sand: {
          50: '#fbf8f3',
          100: '#f5efe4',
          200: '#eadfcc',
        },
        ink: {
          DEFAULT: '#1d2b2b', // body text, 14.6:1 on white
          muted: '#4b5b5a', // secondary text, 7.0:1 on white
        },
        // Focus ring: a warm amber that stands out against teal and white alike.
        focus: '#b45309',
      },
      fontFamily: {
        // System fonts: no font download, no layout shift.
        sans: ['ui-sans-serif', 'system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', '"Noto Sans"', 'sans-serif'],
        serif: ['ui-serif', 'Georgia', 'Cambria', '"Times New Roman"', 'Times', 'serif'],
      },
      typography: ({ theme }) => ({
        clinic: {
          css: {
            '--tw-prose-body': theme('colors.ink.DEFAULT'),
            '--tw-prose-headings': theme('colors.brand.900'),
            '--tw-prose-links': theme('colors.brand.700'),
            '--tw-prose-bold': theme('colors.ink.DEFAULT'),
            '--tw-prose-bullets': theme('colors.brand.500'),
            '--tw-prose-counters': theme('colors.brand.700'),
            '--tw-prose-quotes': theme('colors.ink.DEFAULT'),
            '--tw-prose-quote-borders': theme('colors.brand.200'),
            'h2, h3': { fontFamily: 'ui-serif, Georgia, Cambria, "Times New Roman", Times, serif', fontWeight: '600' },
          },
        },
      }),
    },
  },
  plugins: [require('@tailwindcss/typography')],
};
