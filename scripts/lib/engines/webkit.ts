/**
 * WebKit: Debian's WebKitGTK MiniBrowser, driven by its WebKitWebDriver over
 * classic WebDriver (the webdriver client, connected by host and port, so that
 * nothing is downloaded). WebKitGTK has no headless mode: it draws on a virtual
 * X display of its own (Xvfb), and xdotool gives its window the focus, without
 * which :focus-visible never paints.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type WebDriverClient from 'webdriver';
import { ensureEngineTools } from './install.ts';
import { SCROLL_TO_MIDDLE, type EngineSession, type Key, type OpenOptions } from './session.ts';

const KEYS: Record<Key, string[]> = { Tab: ['\uE004'], 'Shift+Tab': ['\uE008', '\uE004'], Enter: ['\uE007'] };
// Tall enough that a whole page fits in the window for a full-page screenshot.
const SCREEN = '1400x12000x24';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd), and returns ":N". */
function startDisplay(xvfb: string): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', SCREEN, '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdio[3]!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve({ display: `:${output.trim()}`, process: child });
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before it gave a display`)));
  });
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`WebKitWebDriver did not answer on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function openWebKit({ width, height, scheme = 'light', proxyPort, globalPrivacyControl }: OpenOptions): Promise<EngineSession> {
  if (globalPrivacyControl) throw new Error('WebKitGTK has no Global Privacy Control setting of its own.');
  const tools = ensureEngineTools();
  const { display, process: xvfb } = await startDisplay(tools.xvfb);
  const env = { ...process.env, DISPLAY: display, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'webkit-cache-')) };
  const port = await freePort();
  const driver = spawn(tools.webkitDriver, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
  const stop = () => {
    driver.kill();
    xvfb.kill();
  };
  // The driver and the display are processes of their own: they go with this one, however it ends.
  process.once('exit', stop);
  try {
    await waitForPort(port);
    const args = ['--automation', '--full-screen', `--proxy=http://127.0.0.1:${proxyPort}`, '--ignore-host=127.0.0.1', '--ignore-host=localhost', ...(scheme === 'dark' ? ['--dark-mode'] : [])];
    // Loaded here, after its log level is set: it announces every connection at "info", and only its errors matter.
    process.env['WDIO_LOG_LEVEL'] ??= 'error';
    const WebDriver: typeof WebDriverClient = (await import('webdriver')).default;
    const client = await WebDriver.newSession({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'silent',
      // The booking stand-in's certificate is made for the run (offsite-proxy.ts).
      capabilities: { browserName: 'MiniBrowser', acceptInsecureCerts: true, 'webkitgtk:browserOptions': { args }, 'wdio:enforceWebDriverClassic': true } as WebdriverIO.Capabilities,
    });
    // Keyboard focus for the window, so that focus rings paint as they would for a person.
    spawnSync(tools.xdotool, ['search', '--sync', '--onlyvisible', '--class', 'MiniBrowser', 'windowfocus', '--sync'], { env, timeout: 10_000 });
    const element = async (selector: string) => {
      const found = (await client.findElement('css selector', selector)) as unknown as Record<string, string>;
      const id = Object.values(found)[0];
      if (!id) throw new Error(`no element ${selector}`);
      return id;
    };
    const run = <T>(body: string, args: unknown[]) => client.executeScript(body, args as Array<object | string | number | boolean | null>) as Promise<T>;
    const resize = async (w: number, h: number) => void (await client.setWindowRect(null, null, w, h));
    await resize(width, height);
    const version = (client.capabilities as { browserVersion?: string }).browserVersion ?? '';
    return {
      engine: 'webkit',
      version: `WebKitGTK ${version}`,
      goto: async (url) => void (await client.navigateTo(url)),
      address: () => client.getUrl(),
      evaluate: (body, ...values) => run(body, values),
      click: async (selector) => {
        await run(SCROLL_TO_MIDDLE, [selector]);
        await client.elementClick(await element(selector));
      },
      type: async (selector, text) => void (await client.elementSendKeys(await element(selector), text)),
      press: async (key) => {
        const keys = KEYS[key];
        await client.performActions([{ type: 'key', id: 'keyboard', actions: [...keys.map((value) => ({ type: 'keyDown', value })), ...[...keys].reverse().map((value) => ({ type: 'keyUp', value }))] }]);
        await client.releaseActions();
      },
      resize,
      screenshot: async (file, fullPage) => {
        // The driver captures the window only: for the whole page, the window grows to the page's height first.
        const rect = await client.getWindowRect();
        if (fullPage) {
          const tall = await run<number>('return document.documentElement.scrollHeight', []);
          await resize(rect.width, tall);
          await new Promise((r) => setTimeout(r, 300));
        }
        writeFileSync(file, Buffer.from(await client.takeScreenshot(), 'base64'));
        if (fullPage) await resize(rect.width, rect.height);
      },
      close: async () => {
        try {
          await client.deleteSession();
        } finally {
          stop();
        }
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}
