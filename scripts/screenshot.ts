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
import { picturesPaintedScript } from './lib/pictures.ts';

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
            await session.evaluate(picturesPaintedScript, !opts.viewport);
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
