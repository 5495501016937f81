// The first paint of a page is a whole page: nothing moves once it is on screen. A
// page arrives in network packets, and Chromium paints what it has parsed whenever its
// parser pauses; a paint halfway through the header or through a table would move what is
// drawn when the rest arrives (a layout shift: Lighthouse's CLS, whose budget is 0). Here
// each kind of page of the fixture clinic is delivered in two parts, split halfway through
// its <main>, the second part a moment later: the first paint must wait for it, and
// nothing may shift.
import { createServer, type Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { recordedPageRefs } from '../../src/integrations/rendered-pages.ts';
import { test, expect } from './fixtures';

/** How long the second half of a page is held back: far longer than a paint takes. */
const HELD_MS = 300;

/** A page of each kind the build recorded, in the first language (the editor's page has its own layout and no <main>). */
function onePageOfEachKind(dist: string): string[] {
  const refs = recordedPageRefs(join(dirname(resolve(dist)), '.cache/astro'));
  const first = refs.get('/')?.language;
  const byKind = new Map<string, string>();
  for (const [path, ref] of [...refs].sort(([a], [b]) => a.localeCompare(b))) {
    if (ref.language === first && ref.kind !== 'editor' && !byKind.has(ref.kind)) byKind.set(ref.kind, path);
  }
  return [...byKind.values()];
}

/**
 * A server in front of the test's own: every request is passed on, but a page's HTML is
 * sent in two parts, split halfway through its <main>, the second HELD_MS later.
 */
async function splittingProxy(upstream: string): Promise<{ origin: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const response = await fetch(new URL(req.url ?? '/', upstream), { headers: { 'accept-encoding': 'identity' } });
    const type = response.headers.get('content-type') ?? 'application/octet-stream';
    const body = Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, { 'content-type': type, 'cache-control': 'no-store' });
    if (!type.startsWith('text/html')) return void res.end(body);
    const html = body.toString('utf8');
    const start = html.indexOf('<main');
    const end = html.indexOf('</main>');
    if (start < 0 || end < 0) return void res.end(`no <main> in ${req.url}`);
    const split = Buffer.byteLength(html.slice(0, Math.floor((start + end) / 2)));
    res.write(body.subarray(0, split));
    setTimeout(() => res.end(body.subarray(split)), HELD_MS);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

/** How one page came to the screen: its first paint, from its first byte, and the layout shifts until then. */
interface FirstPaint {
  path: string;
  width: number;
  paintedAfterMs: number;
  shift: number;
}

test('every kind of page is first painted whole, once its <main> has been read, and nothing shifts, on a phone and a desktop', async ({ context, builtSite, baseURL, offsiteRequests }) => {
  test.setTimeout(60_000);
  const paths = onePageOfEachKind(builtSite.dist);
  expect(paths.length, 'kinds of page recorded by the build').toBeGreaterThan(5);
  const { origin, server } = await splittingProxy(baseURL!);
  try {
    // The two widths side by side: the held parts, not the machine, take the time.
    const seen = await Promise.all(
      [390, 1280].map(async (width) => {
        const page = await context.newPage();
        await page.setViewportSize({ width, height: 844 });
        const found: FirstPaint[] = [];
        for (const path of paths) {
          await page.goto(`${origin}${path}`, { waitUntil: 'load' });
          found.push({
            path,
            width,
            ...(await page.evaluate(
              () =>
                new Promise<Omit<FirstPaint, 'path' | 'width'>>((done) => {
                  let shift = 0;
                  new PerformanceObserver((list) => {
                    for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) shift += entry.value;
                  }).observe({ type: 'layout-shift', buffered: true });
                  // The paint's entry is reported once the frame is presented, a little after it is drawn.
                  new PerformanceObserver((list, observer) => {
                    const paint = list.getEntriesByName('first-paint')[0];
                    if (!paint) return;
                    observer.disconnect();
                    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
                    done({ paintedAfterMs: Math.round(paint.startTime - navigation.responseStart), shift });
                  }).observe({ type: 'paint', buffered: true });
                }),
            )),
          });
        }
        await page.close();
        return found;
      }),
    );
    // Each first paint came after the held part (a little early is the network's timing, not a paint), and nothing moved.
    expect(seen.flat().filter((s) => !(s.paintedAfterMs >= HELD_MS * 0.9) || s.shift !== 0)).toEqual([]);
  } finally {
    server.close();
  }
  expect(offsiteRequests).toEqual([]);
});
