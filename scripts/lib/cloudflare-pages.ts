/**
 * Cloudflare's own runtime serving a built site: `wrangler pages dev` (from npm,
 * with its workerd binary) reads the site's _headers with the parser Cloudflare
 * Pages uses in production, and runs offline. The suite checks every path's
 * headers here, as the host applies them; the project's own server
 * (static-server.ts) stays the fast one for everything else.
 */
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const WRANGLER = resolve(import.meta.dirname, '../../node_modules/wrangler/bin/wrangler.js');
/** A date the bundled runtime supports: without one, wrangler takes today's and may refuse to start. */
export const COMPATIBILITY_DATE = '2026-05-01';

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Serves `dist` with `wrangler pages dev` on 127.0.0.1; `stop` ends wrangler and its workerd processes, then removes their folder. */
export async function startCloudflarePages(dist: string): Promise<{ origin: string; stop: () => Promise<void>; log: () => string }> {
  const port = await freePort();
  // Wrangler keeps state and settings where it runs and under the home folder: a folder of its own, removed after.
  const home = mkdtempSync(join(tmpdir(), 'massagerx-wrangler-'));
  const child = spawn(process.execPath, [WRANGLER, 'pages', 'dev', resolve(dist), '--port', String(port), '--ip', '127.0.0.1', `--compatibility-date=${COMPATIBILITY_DATE}`], {
    cwd: home,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' },
    // Its own process group, so that stopping it stops the workerd processes it started too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const groupRuns = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already ended
    }
    // The runtime writes its state until it has ended: removed before, its folder would be made again and left behind.
    for (const until = Date.now() + 10_000; groupRuns() && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
    if (groupRuns()) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // ended in between
      }
    }
    rmSync(home, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!/Ready on/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler pages dev did not start:\n${output.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { origin, stop, log: () => output };
}

/** A response's status and every value of each header, as sent (fetch would join repeated headers into one). */
export function headersAsSent(url: string): Promise<{ status: number; headers: Map<string, string[]> }> {
  return new Promise((done, fail) => {
    get(url, (res) => {
      const headers = new Map<string, string[]>();
      for (let i = 0; i < res.rawHeaders.length; i += 2) {
        const name = res.rawHeaders[i]!.toLowerCase();
        headers.set(name, [...(headers.get(name) ?? []), res.rawHeaders[i + 1]!]);
      }
      res.resume();
      res.on('end', () => done({ status: res.statusCode ?? 0, headers }));
    }).on('error', fail);
  });
}
