/**
 * A worker thread that draws Open Graph images (src/lib/media/og-image.ts drawAhead):
 * receives an image's inputs, draws and caches it, and sends the PNG back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { drawOgImage, type OgImageInput } from './og-image.ts';

// One thread per worker: the workers are already one per core. No operation cache: each image is encoded once.
sharp.concurrency(1);
sharp.cache(false);
const { cacheDir } = workerData as { cacheDir: string };
parentPort!.on('message', async (input: OgImageInput) => {
  const png = await drawOgImage(input, cacheDir);
  const bytes = new Uint8Array(png);
  parentPort!.postMessage(bytes, [bytes.buffer]);
});
