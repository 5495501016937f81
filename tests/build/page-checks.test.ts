// @module-tag fixture-only
// The content gate's checks of built pages (scripts/lib/page-checks.ts), on a
// small site of its own: a page that passes and one with the mistakes a content
// edit can make (an image without alt text, a heading level skipped, a script).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/lib/chromium.ts';
import { axeOnPages, firstLoadBytes, validateHtml, VIEWS } from '../../scripts/lib/page-checks.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';

const dist = mkdtempSync(join(tmpdir(), 'page-checks-'));
const page = (title: string, body: string) =>
  `<!DOCTYPE html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8">\n    <meta name="viewport" content="width=device-width, initial-scale=1">\n    <title>${title}</title>\n  </head>\n  <body>\n    <main>\n${body}\n    </main>\n  </body>\n</html>\n`;
const write = (path: string, text: string) => {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), text);
};
write('good', page('Good', '      <h1>Good</h1>\n      <p>Words.</p>\n      <img src="/dot.svg" alt="A dot" width="10" height="10">'));
// A page holding another in a frame: axe must look inside the frame too.
write('framed', page('Framed', '      <h1>Framed</h1>\n      <iframe src="/bad/" title="The bad page"></iframe>'));
write('bad', page('Bad', '      <h1>Bad</h1>\n      <h3>Skipped a level</h3>\n      <img src="/dot.svg" width="10" height="10">\n      <script src="/app.js"></script>'));
writeFileSync(join(dist, 'dot.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="5"/></svg>');
writeFileSync(join(dist, 'app.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);

let browser: Browser;
let origin = '';
let close = () => {};
beforeAll(async () => {
  const { server, url } = await startStaticServer({ root: dist, port: 0 });
  close = () => server.close();
  origin = url.replace(/\/$/, '');
  browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the checks of built pages', () => {
  it('axe-core finds the image without alt text on the page that has it, in every view, and nothing on the other', async () => {
    const found = await axeOnPages(browser, origin, ['/good/', '/bad/'], (path) => `content/x.md (page ${path})`);
    const imageAlt = found.axeViolations.filter((v) => v.rule === 'image-alt');
    expect(imageAlt.map((v) => [v.page, v.width, v.scheme])).toEqual(VIEWS.map(([width, scheme]) => ['content/x.md (page /bad/)', width, scheme]));
    expect(found.axeViolations.filter((v) => v.page.includes('/good/'))).toEqual([]);
    expect(found.offsite).toEqual([]);
  }, 60_000);

  it('axe-core looks inside a frame of the page', async () => {
    const found = await axeOnPages(browser, origin, ['/framed/']);
    expect(found.axeViolations.filter((v) => v.rule === 'image-alt').map((v) => [v.page, v.width, v.scheme])).toEqual(VIEWS.map(([width, scheme]) => ['/framed/', width, scheme]));
  }, 60_000);

  it('html-validate names the page and the line of each error', async () => {
    const { pages, errors } = await validateHtml(dist);
    expect(pages).toBe(3);
    expect(errors.filter((e) => e.page === '/good/')).toEqual([]);
    expect(errors).toContainEqual(expect.objectContaining({ page: '/bad/', rule: 'wcag/h37', line: 12 }));
  });

  it('counts what a page transfers on first load, scripts apart', async () => {
    const good = await firstLoadBytes(browser, `${origin}/good/`);
    const bad = await firstLoadBytes(browser, `${origin}/bad/`);
    expect(good.script).toBe(0);
    expect(good.total).toBeGreaterThan(0);
    expect(bad.script).toBeGreaterThan(0);
    expect(bad.total).toBeGreaterThan(bad.script);
  });
});
