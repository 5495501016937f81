// Browser tests in real Chromium against two built sites, each served on
// 127.0.0.1 by the same static server `npm start` uses (with the real _headers):
//   - "site": the clinic's own content (dist/): every page checked for security,
//     whatever the content says (its accessibility is the content gate's, which npm test
//     runs before: axe on every page, once per width and scheme);
//   - "fixture": the test suite's own clinic (.cache/fixture-site/dist/): accessibility and
//     security, and the journeys, which assert the fixture's exact values. Its input is the
//     fixture clinic alone, the same on any clinic, so the run on a different clinic
//     (CONTENT_DEPENDENT_ONLY=1, set by `npm run test:other-clinic`) runs only those of its
//     tests that also read content/, tagged @content (tests/unit/test-selection.test.ts checks the tag).
// The browser is the system's (CHROME_PATH, set by scripts/test.ts), never a downloaded one.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium.ts';
import type { BuiltSiteOption } from './browser/fixtures.ts';

const port = Number(process.env.TEST_PORT ?? 4323);
const fixturePort = port + 1;
const executablePath = findChromium();
const contentDependentOnly = process.env.CONTENT_DEPENDENT_ONLY === '1';
if (!executablePath) throw new Error('No Chromium found: run the tests with `npm test`, which finds or installs one, or set CHROME_PATH.');

const server = (dir: string, on: number) => ({
  command: `node scripts/serve.ts --port ${on} --dir ${dir}`,
  cwd: '..',
  url: `http://127.0.0.1:${on}/`,
  reuseExistingServer: false,
  timeout: 20_000,
});

export default defineConfig<{ builtSite: BuiltSiteOption }>({
  testDir: './browser',
  outputDir: '../test-results/playwright',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    {
      name: 'site',
      testMatch: ['security.spec.ts'],
      use: { baseURL: `http://127.0.0.1:${port}`, builtSite: { dist: 'dist', content: 'content' } },
    },
    {
      name: 'fixture',
      ...(contentDependentOnly ? { grep: /@content/ } : {}),
      use: { baseURL: `http://127.0.0.1:${fixturePort}`, builtSite: { dist: '.cache/fixture-site/dist', content: 'tests/fixtures/clinic' } },
    },
  ],
  webServer: [server('dist', port), server('.cache/fixture-site/dist', fixturePort)],
});
