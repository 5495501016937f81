/** Opens a window in any of the three engines (session.ts says what it can do). */
import { openChromium } from './chromium.ts';
import { openGecko } from './gecko.ts';
import { openWebKit } from './webkit.ts';
import type { EngineName, EngineSession, OpenOptions } from './session.ts';

export * from './session.ts';

export function openEngine(engine: EngineName, options: OpenOptions): Promise<EngineSession> {
  return { chromium: openChromium, gecko: openGecko, webkit: openWebKit }[engine](options);
}
