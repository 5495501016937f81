import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './lib/chromium.ts';
const article = 'http://127.0.0.1:4399/articles/hip-balance-and-lower-back-pain/';
for (const [flags, route] of [[true, false], [false, true], [true, true]] as const) {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: flags ? CHROMIUM_ARGS : ['--headless=new', '--no-sandbox'] });
  const ctx = await b.newContext({ viewport: { width: 390, height: 844 } });
  if (route) await ctx.route((u) => u.hostname !== '127.0.0.1', (r) => r.abort());
  const p = await ctx.newPage();
  const pre: string[] = [];
  p.on('request', (r) => r.headers()['sec-purpose'] && pre.push(r.url()));
  await p.goto(article);
  const link = p.locator('section[data-placement="article-end"] a[href^="/services/"]').first();
  await link.hover(); await p.waitForTimeout(1000);
  console.log({ flags, route }, pre);
  await b.close();
}
