/**
 * Screenshots of built pages, for looking at what we build: each page at phone
 * and desktop widths, in each engine and colour scheme.
 * Usage: npm run screenshot -- [--engines chromium,gecko,webkit] [--schemes light,dark]
 *        [--widths 390,1280] [--dist dist] [--viewport] /path/ [/other/]
 * Serves the built site itself (dist/, or --dist) and writes
 * test-results/screenshots/<engine>-<scheme>-<page>-<width>.png, the whole page
 * unless --viewport. Gecko and WebKit come from Debian's packages (installed
 * when missing, where apt-get can run).
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ENGINES, openEngine, type EngineName, type Scheme } from './lib/engines/index.ts';
import { startOffsiteProxy } from './lib/engines/offsite-proxy.ts';
import { startStaticServer } from './lib/static-server.ts';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    engines: { type: 'string', default: ENGINES.join(',') },
    schemes: { type: 'string', default: 'light,dark' },
    widths: { type: 'string', default: process.env.WIDTHS ?? '390,1280' },
    dist: { type: 'string', default: 'dist' },
    viewport: { type: 'boolean', default: false },
  },
});
const paths = positionals.length > 0 ? positionals : ['/'];

/**
 * Pictures load and decode after the load event (lazy ones when they come near, each
 * decoded apart); a shot before that shows their empty boxes. Waits for those on screen
 * (for a whole-page shot, every one: lazy ones are asked for at once, as a reader
 * scrolling down would) to be decoded, at most 5 s, and for two frames to be painted.
 */
const PICTURES_PAINTED = `
  const wholePage = arguments[0];
  if (wholePage) for (const i of document.querySelectorAll('img[loading="lazy"]')) i.loading = 'eager';
  const onScreen = [...document.images].filter((i) => wholePage || i.getBoundingClientRect().top < innerHeight);
  const ready = onScreen.map((i) => (i.complete ? Promise.resolve() : new Promise((r) => { i.addEventListener('load', r, { once: true }); i.addEventListener('error', r, { once: true }); })).then(() => i.decode().catch(() => undefined)));
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return Promise.race([Promise.all(ready), new Promise((r) => setTimeout(r, 5000))]).then(frames).then(() => true);`;
const engines = opts.engines.split(',') as EngineName[];
for (const engine of engines) if (!ENGINES.includes(engine)) throw new Error(`--engines: "${engine}" is not one of ${ENGINES.join(', ')}`);
const schemes = opts.schemes.split(',') as Scheme[];
const widths = opts.widths.split(',').map(Number);
const outDir = 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });

const { server, url } = await startStaticServer({ root: opts.dist });
// Nothing the pages link to is fetched (the proxy refuses every other host).
const proxy = await startOffsiteProxy();
try {
  for (const engine of engines) {
    for (const scheme of schemes) {
      const session = await openEngine(engine, { width: widths[0]!, height: 900, scheme, proxyPort: proxy.port });
      console.log(`${session.version}, ${scheme} scheme`);
      try {
        for (const width of widths) {
          await session.resize(width, 900);
          for (const path of paths) {
            await session.goto(new URL(path, url).toString());
            const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
            const file = `${outDir}/${engine}-${scheme}-${name}-${width}.png`;
            await session.evaluate(PICTURES_PAINTED, !opts.viewport);
            await session.screenshot(file, !opts.viewport);
            console.log(`  ${file}`);
          }
        }
      } finally {
        await session.close();
      }
    }
  }
} finally {
  server.close();
  await proxy.close();
}
