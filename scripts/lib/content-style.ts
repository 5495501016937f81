/**
 * Every content file as the editor would write it: the shape of each collection
 * comes from the editor's configuration (made from the content model), the style
 * from src/lib/content/format.ts. Used by `npm run format:content` and the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { schemas } from '../../src/content-schema.ts';
import { fieldValues, fromYaml, parseEntry, serializeData, serializeEntry, shapeOf, wholeLineComments, type FieldShape } from '../../src/lib/content/format.ts';
import { isParked, splitSource } from '../../src/lib/content/preflight.ts';
import { buildEditorConfig, imageStandIn, type EditorField } from '../../src/lib/editor/config.ts';

export interface EditorCollection {
  name: string;
  label: string;
  folder?: string;
  /** The one file extension a folder collection lists. */
  extension?: string;
  fields?: EditorField[];
  files?: Array<{ name: string; label: string; file: string; fields: EditorField[] }>;
}

/** The editor's collections, as the build makes them (settings do not change the shapes). */
export function editorCollections(): EditorCollection[] {
  const config = buildEditorConfig(schemas, { repo: 'a/b', branch: 'main', siteUrl: 'https://example.org/', clinicName: 'Clinic' }, imageStandIn);
  return config['collections'] as EditorCollection[];
}

export interface StyledFile {
  path: string;
  text: string;
  formatted: string;
  shape: FieldShape[];
  kind: 'entry' | 'data';
  valuesBefore: unknown;
  valuesAfter: unknown;
  /** Whether the editor lists it: a folder collection lists one extension (articles: .mdx only). */
  listed: boolean;
  /** Lines of the file holding a YAML comment alone (clinic.yaml, a frontmatter): a save would drop each. */
  comments: number[];
  why?: string;
}

/** Each content file (parked ones left out) with its text in the editor's style, and its values before and after. */
export function contentFilesInStyle(contentDir: string): StyledFile[] {
  // The editor names files from the repository's root (content/…); contentDir may be another clinic's content.
  const inContent = (path: string) => join(contentDir, relative('content', path));
  const out: StyledFile[] = [];
  for (const collection of editorCollections()) {
    for (const file of collection.files ?? []) {
      const path = file.file;
      const text = readFileSync(inContent(path), 'utf8');
      const shape = shapeOf(file.fields);
      const valuesBefore = fromYaml(text, shape);
      const formatted = serializeData(valuesBefore, shape);
      out.push({ path, text, formatted, shape, kind: 'data', listed: true, comments: wholeLineComments(text), valuesBefore: normalise(fieldValues(valuesBefore, shape)), valuesAfter: normalise(fieldValues(fromYaml(formatted, shape), shape)) });
    }
    if (!collection.folder || !collection.fields) continue;
    const dir = inContent(collection.folder);
    // A folder most clinics do not have (content/locations/): nothing to format.
    if (!existsSync(dir)) continue;
    const shape = shapeOf(collection.fields);
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
      const full = join(entry.parentPath, entry.name);
      if (isParked(relative(dir, full))) continue;
      const text = readFileSync(full, 'utf8');
      const valuesBefore = parseEntry(text, shape);
      const formatted = serializeEntry(valuesBefore, shape);
      const values = (entry: Record<string, unknown>) => normalise({ ...fieldValues(entry, shape), body: entry['body'] });
      const listed = !collection.extension || entry.name.endsWith(`.${collection.extension}`);
      const { frontmatter, frontmatterLine } = splitSource(text);
      const comments = wholeLineComments(frontmatter).map((line) => line + frontmatterLine - 1);
      out.push({ path: ['content', relative(contentDir, full)].join('/').split('\\').join('/'), text, formatted, shape, kind: 'entry', listed, comments, valuesBefore: values(valuesBefore), valuesAfter: values(parseEntry(formatted, shape)) });
    }
  }
  return out;
}

/** Values as the site reads them: empty optional values are the same as absent ones; a body's leading and trailing blank lines do not count. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(normalise);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const n = k === 'body' && typeof v === 'string' ? v.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/\s+$/, '') : normalise(v);
      if (n !== undefined && n !== null && n !== '') out[k] = n;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}
