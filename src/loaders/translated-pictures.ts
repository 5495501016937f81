/**
 * A collection's loader whose translations name their pictures as the first language's
 * file does: the editor copies a picture's path into a new translation as it is written
 * there (`./images/room.jpg`), which from the translation's own folder (fr/) is one
 * folder off. Before Astro's image() reads a translation's fields, each picture path that
 * is only there from the first language's folder is made to point there
 * (translationPicturePath), so that both ways of writing it find the same file.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PICTURE_FILE } from '../lib/media/image-files.ts';
import { isLanguage } from '../lib/i18n/languages.ts';
import { translationPicturePath } from '../lib/i18n/translations.ts';

/** Every relative picture path in `data` (at any depth), passed through `fix`. */
function withPicturePaths(data: unknown, fix: (path: string) => string): unknown {
  if (typeof data === 'string') return /^\.\.?\//.test(data) && PICTURE_FILE.test(data) ? fix(data) : data;
  if (Array.isArray(data)) return data.map((item) => withPicturePaths(item, fix));
  if (data && typeof data === 'object' && !(data instanceof Date)) return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, withPicturePaths(value, fix)]));
  return data;
}

export function withTranslatedPictures(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) =>
      loader.load({
        ...context,
        parseData: (props) => {
          // Astro's glob loader gives the file's full path; a path relative to the project is read from its root.
          const file = props.filePath && (isAbsolute(props.filePath) ? props.filePath : join(fileURLToPath(context.config.root), props.filePath));
          const folder = file && dirname(file);
          if (!folder || !isLanguage(folder.split(/[\\/]/).at(-1))) return context.parseData(props);
          return context.parseData({ ...props, data: withPicturePaths(props.data, (path) => translationPicturePath(path, (relative) => existsSync(join(folder, relative)))) as typeof props.data });
        },
      }),
  };
}
