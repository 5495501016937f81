/**
 * Serves the built site (dist/) on 127.0.0.1, compressed as a CDN would.
 * Usage: node scripts/serve.ts [--port 4321] [--dir dist]
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    dir: { type: 'string', default: 'dist' },
  },
});

if (!existsSync(`${values.dir}/index.html`)) {
  console.error(`No built site in ${values.dir}/: run \`npm run build\` first.`);
  process.exit(1);
}

const { server, url } = await startStaticServer({ root: values.dir, port: Number(values.port) });
console.log(`Massage Rx is being served from ${values.dir}/ at ${url} (Ctrl+C to stop)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
