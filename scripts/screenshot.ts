/**
 * Screenshots of built pages at phone and desktop widths, for looking at what we build.
 * Usage: node scripts/screenshot.ts /path/ [/other/] (serves dist/ itself)
 * Writes test-results/screenshots/<page>-<width>.png
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';

const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('/');
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const outDir = 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });

const { server, url } = await startStaticServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(new URL(path, url).toString());
      const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
      const file = `${outDir}/${name}-${width}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
