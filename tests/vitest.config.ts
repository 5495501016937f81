/// <reference types="vitest/config" />
// Unit, component and build-output tests. Astro's Vite config lets Vitest compile .astro components.
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';
import { FIXTURE_ONLY_TAG } from '../scripts/lib/test-reports.ts';

export default getViteConfig({
  test: {
    include: ['tests/{unit,components,build}/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // The build tests spend most of their time waiting on an `astro build` they started: one
    // worker per core (Vitest's default leaves one core idle) keeps both busy.
    maxWorkers: availableParallelism(),
    tags: [
      {
        name: FIXTURE_ONLY_TAG,
        description:
          'Reads no file of content/ and no page built from it: its input is the fixture clinic alone, the same on any clinic, ' +
          'so the run on a different clinic (npm run test:other-clinic) leaves it to the main run. Marked with `// @module-tag fixture-only` ' +
          'at the top of a file or `{ tags: [...] }` on a describe; tests/unit/test-selection.test.ts checks the mark.',
      },
    ],
  },
});
