/**
 * The content editor at /admin/: Sveltia CMS from its npm package, bundled by
 * the site's build (no CDN). Its configuration is made from the content model at
 * build time (/admin/config.json); this script teaches it the site's file style
 * (so that a save changes only the lines of what changed, body blocks included)
 * and the booking box.
 */
import CMS from '@sveltia/cms';
import { bookingBlock } from '../lib/booking/block.ts';
import { createBodyKeeper } from '../lib/editor/body-keeper.ts';
import { fromYaml, parseEntry, serializeData, serializeEntry, shapeOf } from '../lib/content/format.ts';

interface Field {
  name: string;
  widget: string;
  fields?: Field[];
}
interface Collection {
  format?: string;
  extension?: string;
  fields?: Field[];
  files?: Array<{ format: string; fields: Field[] }>;
}

const response = await fetch('/admin/config.json');
const config = (await response.json()) as { collections: Collection[] };

for (const collection of config.collections) {
  if (collection.format && collection.fields) {
    const shape = shapeOf(collection.fields);
    // The editor rewrites a whole body on every save; the keeper puts back every block it did not change.
    const bodies = createBodyKeeper();
    CMS.registerCustomFormat(collection.format, collection.extension ?? 'md', {
      fromFile: (text) => {
        const entry = parseEntry(text, shape);
        bodies.remember(entry['body'] as string);
        return entry;
      },
      toFile: (value) => {
        // The editor's address says whether the entry is new (#/collections/<name>/new); a new one keeps nothing of other files.
        const newEntry = /\/new(?:$|[?/])/.test(location.hash);
        return serializeEntry({ ...value, body: bodies.keep(typeof value['body'] === 'string' ? value['body'] : '', { newEntry }) }, shape);
      },
    });
  }
  for (const file of collection.files ?? []) {
    const shape = shapeOf(file.fields);
    CMS.registerCustomFormat(file.format, 'yaml', { fromFile: (text) => fromYaml(text, shape), toFile: (value) => serializeData(value, shape) });
  }
}
CMS.registerEditorComponent(bookingBlock as Parameters<typeof CMS.registerEditorComponent>[0]);
await CMS.init({ config: config as unknown as Parameters<typeof CMS.init>[0] extends { config?: infer C } ? C : never });
