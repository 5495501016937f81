/**
 * A folder of content/ that most clinics do not have: content/locations/ (a
 * clinic with one place keeps it in clinic.yaml). Where it holds no entry, the
 * site does not even ask Astro for the collection, so that a single-location
 * clinic's build prints no warning about it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_LAYOUT, isParked, type ContentFolder } from '../lib/content/preflight.ts';

/** Whether content/<folder>/ holds an entry: a file of its kind, not parked. */
export function folderHasEntries(contentDir: string, folder: ContentFolder): boolean {
  const extensions: readonly string[] = CONTENT_LAYOUT[folder].extensions;
  const dir = join(contentDir, folder);
  return existsSync(dir) && readdirSync(dir).some((file) => !isParked(file) && extensions.includes(file.split('.').pop()!.toLowerCase()));
}
