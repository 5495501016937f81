// Browser journeys in real Chromium against the built site, served on 127.0.0.1
// by the same static server `npm start` uses. The browser is the system's
// (CHROME_PATH, set by scripts/test.ts), never a downloaded one.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium.ts';

const port = Number(process.env.TEST_PORT ?? 4323);
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run the tests with `npm test`, which finds or installs one, or set CHROME_PATH.');

export default defineConfig({
  testDir: './browser',
  outputDir: '../test-results/playwright',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve.ts --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
