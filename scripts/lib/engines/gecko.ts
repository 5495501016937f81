/**
 * Gecko: Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core
 * (Playwright cannot drive it, and Debian has no geckodriver).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ensureEngineTools } from './install.ts';
import { SCROLL_TO_MIDDLE, type EngineSession, type OpenOptions } from './session.ts';

export async function openGecko({ width, height, scheme = 'light', proxyPort, globalPrivacyControl = false }: OpenOptions): Promise<EngineSession> {
  const { firefox } = ensureEngineTools();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox,
    headless: true,
    // The booking stand-in's certificate is made for the run (offsite-proxy.ts).
    acceptInsecureCerts: true,
    // Firefox writes caches under the home folder otherwise.
    env: { ...process.env, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'gecko-cache-')) } as Record<string, string>,
    extraPrefsFirefox: {
      // Everything but 127.0.0.1 (never proxied) goes to the refusing proxy: nothing is looked up or leaves.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      // Scrollbars over the page, as on phones, so that a 390 px window lays the page out at 390 px.
      'widget.gtk.overlay-scrollbars.enabled': true,
      // prefers-color-scheme for web content: 0 dark, 1 light.
      'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
      // The setting a person turns on in Firefox's privacy settings: Sec-GPC and navigator.globalPrivacyControl.
      'privacy.globalprivacycontrol.enabled': globalPrivacyControl,
      'privacy.globalprivacycontrol.functionality.enabled': true,
    },
  });
  // A page of our own: the first window never gets focus, and :focus-visible would not paint there.
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const run = <T>(body: string, args: unknown[]) => page.evaluate((source, values) => new Function(source).apply(null, values) as T, body, args) as Promise<T>;
  return {
    engine: 'gecko',
    version: (await browser.version()).replace(/^firefox\//i, 'Firefox '),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    // The document's own address: page.url() follows navigation events, and once read the service page's
    // address after the platform's page was already there (a different-clinic run at 455eb79).
    // Firefox's error page keeps the address it could not open in its own: about:neterror?…&u=<address>.
    address: async () => {
      // (An error page may refuse the script: its address is then the event's.)
      const href = await run<string>('return location.href', []).catch(() => page.url());
      const url = new URL(href);
      return url.protocol === 'about:' ? (url.searchParams.get('u') ?? href) : href;
    },
    evaluate: (body, ...args) => run(body, args),
    click: async (selector) => {
      await run(SCROLL_TO_MIDDLE, [selector]);
      await page.click(selector);
    },
    type: (selector, text) => page.type(selector, text),
    press: async (key) => {
      if (key === 'Shift+Tab') {
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
      } else await page.keyboard.press(key);
    },
    resize: (w, h) => page.setViewport({ width: w, height: h }),
    screenshot: async (file, fullPage) => writeFileSync(file, await page.screenshot({ fullPage })),
    close: () => browser.close(),
  };
}
