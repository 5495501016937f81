/** Chromium, through playwright-core, on the system's own binary. */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.ts';
import { SCROLL_TO_MIDDLE, type EngineSession, type OpenOptions } from './session.ts';

export async function openChromium({ width, height, scheme = 'light', proxyPort, globalPrivacyControl }: OpenOptions): Promise<EngineSession> {
  if (globalPrivacyControl) throw new Error('Chromium has no Global Privacy Control setting of its own.');
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, proxy: { server: `http://127.0.0.1:${proxyPort}`, bypass: '127.0.0.1' } });
  // The booking stand-in's certificate is made for the run (offsite-proxy.ts).
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const run = <T>(body: string, args: unknown[]) => page.evaluate(([source, values]) => new Function(source as string).apply(null, values as unknown[]) as T, [body, args] as const);
  return {
    engine: 'chromium',
    version: `Chromium ${browser.version()}`,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    // An error page's own address is chrome-error://…; the history entry keeps the one it tried, as the address bar shows.
    address: async () => {
      const cdp = await context.newCDPSession(page);
      const { currentIndex, entries } = await cdp.send('Page.getNavigationHistory');
      await cdp.detach();
      return entries[currentIndex]?.url ?? page.url();
    },
    evaluate: (body, ...args) => run(body, args),
    click: async (selector) => {
      await run(SCROLL_TO_MIDDLE, [selector]);
      await page.click(selector, { noWaitAfter: true });
    },
    type: (selector, text) => page.locator(selector).first().pressSequentially(text),
    press: (key) => page.keyboard.press(key),
    resize: (w, h) => page.setViewportSize({ width: w, height: h }),
    screenshot: async (file, fullPage) => writeFileSync(file, await page.screenshot({ fullPage })),
    close: () => browser.close(),
  };
}
