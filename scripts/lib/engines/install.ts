/**
 * Gecko and WebKit for the browser journeys, from Debian's packages (test tools
 * cannot download browsers here; Playwright cannot drive Debian's Firefox or
 * WebKitGTK, so each has its own driver: Firefox over WebDriver BiDi with
 * puppeteer-core, WebKitGTK's WebKitWebDriver with the webdriver client, under
 * a virtual X display, and xdotool to give its window focus).
 * Where one is missing and apt-get can run, the packages are installed; else
 * the error says how to get them. Never a skip: a missing engine fails the run.
 */
import { executable } from '../chromium.ts';
import { aptInstall, canAptInstall } from '../debian.ts';

export interface EngineTools {
  firefox: string;
  webkitDriver: string;
  xvfb: string;
  xdotool: string;
}

const CANDIDATES: Record<keyof EngineTools, string[]> = {
  firefox: [process.env['FIREFOX_PATH'] ?? '', '/usr/bin/firefox-esr', '/usr/bin/firefox'],
  webkitDriver: [process.env['WEBKIT_DRIVER_PATH'] ?? '', '/usr/bin/WebKitWebDriver'],
  xvfb: ['/usr/bin/Xvfb'],
  xdotool: ['/usr/bin/xdotool'],
};

/** Debian's packages that give them. */
export const ENGINE_PACKAGES = ['firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xdotool'];

export function findEngineTools(): Partial<EngineTools> {
  return Object.fromEntries(
    Object.entries(CANDIDATES)
      .map(([tool, paths]) => [tool, paths.find((p) => p && executable(p))])
      .filter(([, path]) => path),
  ) as Partial<EngineTools>;
}

const missing = (found: Partial<EngineTools>) => (Object.keys(CANDIDATES) as Array<keyof EngineTools>).filter((tool) => !found[tool]);

export function ensureEngineTools(log: (line: string) => void = console.log): EngineTools {
  let found = findEngineTools();
  if (missing(found).length === 0) return found as EngineTools;
  const howTo = `Gecko and WebKit need ${missing(found).join(', ')}: install Debian's packages (\`sudo apt-get install --no-install-recommends ${ENGINE_PACKAGES.join(' ')}\`), or set FIREFOX_PATH and WEBKIT_DRIVER_PATH.`;
  if (!canAptInstall()) throw new Error(howTo);
  log(`Installing Debian's ${ENGINE_PACKAGES.join(', ')} with apt-get for the Gecko and WebKit journeys (about 20 s)…`);
  const installed = aptInstall(ENGINE_PACKAGES, { noRecommends: true });
  found = findEngineTools();
  if (!installed || missing(found).length > 0) throw new Error(`apt-get could not install them. ${howTo}`);
  return found as EngineTools;
}
