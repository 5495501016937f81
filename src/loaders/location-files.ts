/**
 * Loads content/locations/*.md, one entry a location: like the other folders,
 * except that the frontmatter is read as clinic.yaml is, decimals kept as
 * written (a map position typed 49.28270 keeps its five decimals, which Astro's
 * own frontmatter reader would drop). A clinic with one place has no such
 * folder, and the collection is empty.
 */
import type { Loader } from 'astro/loaders';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryIdFromPath } from '../lib/content/integrity.ts';
import { isParked, splitSource } from '../lib/content/preflight.ts';
import { parseFieldsKeepingDecimals } from './clinic-file.ts';
import { folderHasEntries } from './folder-entries.ts';

export function locationFiles(): Loader {
  return {
    name: 'massagerx:location-files',
    load: async ({ config, store, parseData, generateDigest, renderMarkdown, watcher, logger }) => {
      const content = fileURLToPath(new URL('./content/', config.root));
      const dir = join(content, 'locations');
      const sync = async () => {
        store.clear();
        if (!folderHasEntries(content, 'locations')) return;
        for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && !isParked(f)).sort()) {
          const filePath = `content/locations/${file}`;
          const text = await readFile(join(dir, file), 'utf8');
          const { frontmatter, frontmatterLine, body } = splitSource(text);
          const id = entryIdFromPath(file);
          const data = await parseData({ id, data: parseFieldsKeepingDecimals(frontmatter, filePath, 'the location’s fields', frontmatterLine), filePath });
          store.set({ id, data, body, filePath, digest: generateDigest(text), ...(body.trim() ? { rendered: await renderMarkdown(body) } : {}) });
        }
      };
      await sync();
      watcher?.add(dir);
      for (const event of ['change', 'add', 'unlink'] as const) {
        watcher?.on(event, (changed) => {
          if (changed.startsWith(dir)) sync().catch((error: Error) => logger.error(error.message));
        });
      }
    },
  };
}
