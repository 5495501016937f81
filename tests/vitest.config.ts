/// <reference types="vitest/config" />
// Unit, component (Astro Container API) and build-output tests. Astro's Vite
// config lets Vitest compile .astro components.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/{unit,components,build}/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
