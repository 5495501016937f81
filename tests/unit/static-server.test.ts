// The static server the browser tests, the content gate and the audit serve built sites with:
// a static host's addresses and compression, and a compressed body that is never older than its file.
// @module-tag fixture-only
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server.ts';

let root: string;
let server: Server;
let base: string;
/** The raw body as sent (Node's fetch would decode it), with its encoding. */
async function raw(path: string, acceptEncoding: string): Promise<{ status: number; encoding: string | undefined; body: Buffer }> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    request(new URL(path, base), { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}
const decoded = (r: { encoding: string | undefined; body: Buffer }) => (r.encoding === 'br' ? brotliDecompressSync(r.body) : r.encoding === 'gzip' ? gunzipSync(r.body) : r.body).toString('utf8');

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(root, 'page'));
  writeFileSync(join(root, 'page/index.html'), `<p>${'first version '.repeat(100)}</p>`);
  writeFileSync(join(root, '404.html'), `<p>${'not here '.repeat(100)}</p>`);
  ({ server, url: base } = await startStaticServer({ root }));
});
afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the static server', () => {
  it('serves a folder’s index.html, compressed as the reader accepts', async () => {
    const br = await raw('/page/', 'gzip, br');
    expect(br.encoding).toBe('br');
    expect(decoded(br)).toContain('first version');
    const gzip = await raw('/page/', 'gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(decoded(gzip)).toBe(decoded(br));
    const plain = await raw('/page/', '');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(decoded(br));
  });

  it('answers a missing page with 404.html and status 404', async () => {
    const missing = await raw('/nowhere/', 'br');
    expect(missing.status).toBe(404);
    expect(decoded(missing)).toContain('not here');
  });

  it('compresses a file again when its bytes change, even at the same size, never serving the old body', async () => {
    expect(decoded(await raw('/page/', 'br'))).toContain('first version');
    // Same length, other bytes: only the bytes can tell the two apart.
    writeFileSync(join(root, 'page/index.html'), `<p>${'later version '.repeat(100)}</p>`);
    const again = await raw('/page/', 'br');
    expect(decoded(again)).toContain('later version');
    expect(decoded(again)).not.toContain('first version');
    expect(decoded(await raw('/page/', 'gzip'))).toContain('later version');
  });
});
