/**
 * One browser window, driven the same way whichever engine draws it: the
 * journeys and the screenshots are written once against this, and each engine
 * has a small adapter (chromium.ts, gecko.ts, webkit.ts).
 */

export const ENGINES = ['chromium', 'gecko', 'webkit'] as const;
export type EngineName = (typeof ENGINES)[number];
export type Scheme = 'light' | 'dark';

export interface OpenOptions {
  width: number;
  height: number;
  scheme?: Scheme;
  /** The port of the proxy everything but 127.0.0.1 goes to (offsite-proxy.ts). */
  proxyPort: number;
  /** The browser's own Global Privacy Control setting turned on (Gecko's; WebKit has none, and refuses). */
  globalPrivacyControl?: boolean;
}

export type Key = 'Tab' | 'Shift+Tab' | 'Enter';

export interface EngineSession {
  engine: EngineName;
  /** The browser's name and version, e.g. "Firefox 153.8.0". */
  version: string;
  /** Opens a URL and waits for its load event. */
  goto(url: string): Promise<void>;
  /** The address the window is at; after a page that could not be opened, the address it tried. */
  address(): Promise<string>;
  /**
   * Runs a function body in the page (`return document.title`) with `args` as
   * `arguments`, and returns its JSON result.
   */
  evaluate<T>(body: string, ...args: unknown[]): Promise<T>;
  /** A real pointer click in the middle of the first element the selector finds, scrolled to the middle of the window first. */
  click(selector: string): Promise<void>;
  /** Types into the first element the selector finds, key by key. */
  type(selector: string, text: string): Promise<void>;
  /** A real key press, to whatever has focus. */
  press(key: Key): Promise<void>;
  resize(width: number, height: number): Promise<void>;
  /** A PNG of the window, or of the whole page. */
  screenshot(file: string, fullPage: boolean): Promise<void>;
  close(): Promise<void>;
}

/** The function body that scrolls an element to the middle of the window, so that nothing fixed covers it before a click. */
export const SCROLL_TO_MIDDLE = `const el = document.querySelector(arguments[0]); if (!el) throw new Error('no element ' + arguments[0]); el.scrollIntoView({ block: 'center', inline: 'center' }); return true;`;
