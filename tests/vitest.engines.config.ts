// The browser journeys in Gecko and WebKit (tests/engines/; Chromium walks them in Playwright): one
// engine at a time, each journey a test. Run by `npm test` after the other
// browser tests; both sites must be built first.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
