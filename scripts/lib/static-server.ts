/**
 * A small static file server for the built site, the way a static host serves it:
 * directory URLs get their index.html, missing pages get 404.html with status 404,
 * and text is compressed (brotli, else gzip) so that measured sizes are real.
 * A compressed body is kept for the bytes it was made from, as a CDN keeps it: brotli
 * at quality 11 takes seconds on the editor's 2 MB bundle, every time it is asked for.
 * Used by `npm start`, the browser tests and the audit. Listens on 127.0.0.1 only.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../../src/lib/hosting/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export interface StaticServerOptions {
  root: string;
  port?: number;
  host?: string;
  /** Apply <root>/_headers as Netlify and Cloudflare Pages would (default: when the file exists). */
  applyHeadersFile?: boolean;
}

/** Compressed bodies by encoding and by the digest of what was compressed: changed bytes are compressed again, never served stale. */
const compressed = new Map<string, Buffer>();
function compress(body: Buffer, encoding: 'br' | 'gzip'): Buffer {
  const key = `${encoding}:${createHash('sha256').update(body).digest('base64')}`;
  let result = compressed.get(key);
  if (!result) {
    result = encoding === 'br' ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 });
    compressed.set(key, result);
  }
  return result;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export function startStaticServer(options: StaticServerOptions): Promise<{ server: Server; url: string }> {
  const root = resolve(options.root);
  const host = options.host ?? '127.0.0.1';
  const headersFile = join(root, '_headers');
  const rules: HeaderRule[] = options.applyHeadersFile !== false && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const pathname = decodeURIComponent(url.pathname);
      const target = normalize(join(root, pathname));
      if (target !== root && !target.startsWith(root + sep)) {
        res.writeHead(400).end('Bad request');
        return;
      }

      let file: string | undefined;
      let status = 200;
      if (await isDirectory(target)) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        if (await isFile(join(target, 'index.html'))) file = join(target, 'index.html');
      } else if (pathname !== '/_headers' && (await isFile(target))) {
        // (a host reads _headers as configuration and never serves it)
        file = target;
      }
      if (!file) {
        status = 404;
        file = join(root, '404.html');
        if (!(await isFile(file))) {
          res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
          return;
        }
      }

      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      let body: Buffer = await readFile(file);
      const headers: Record<string, string> = { 'Content-Type': type, ...headersForPath(rules, pathname) };
      const accepts = String(req.headers['accept-encoding'] ?? '');
      if (COMPRESSIBLE.test(type) && body.length > 256) {
        const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
        if (encoding) {
          body = compress(body, encoding);
          headers['Content-Encoding'] = encoding;
        }
        headers['Vary'] = 'Accept-Encoding';
      }
      headers['Content-Length'] = String(body.length);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolvePromise({ server, url: `http://${host}:${port}/` });
    });
  });
}
