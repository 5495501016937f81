/**
 * Finds a Chromium for the browser tests and the audit. Test tools cannot
 * download their own browsers on these machines, so we use the system one:
 * CHROME_PATH if set, else the usual install paths. Where none is found and
 * apt-get can run (Debian, as root), Debian's chromium package is installed.
 */
import { accessSync, constants } from 'node:fs';
import { aptInstall, canAptInstall } from './debian.ts';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that keep Chromium quiet and offline-friendly on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  return USUAL_PATHS.find(executable);
}

const HOW_TO_GET_ONE =
  'No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome) or set CHROME_PATH to its executable.';

/** A Chromium path, installing Debian's package when none is there and apt-get can run. */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  if (!canAptInstall()) throw new Error(HOW_TO_GET_ONE);
  log('No Chromium found: installing Debian\'s chromium package with apt-get (about 30 s)…');
  const install = aptInstall(['chromium']);
  const installed = findChromium();
  if (!install || !installed) throw new Error(`apt-get could not install chromium. ${HOW_TO_GET_ONE}`);
  log(`Installed Chromium at ${installed}.`);
  return installed;
}
