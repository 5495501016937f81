/**
 * How content files are written, in one style, by both the browser editor (it
 * reads and saves through these functions, registered as its file formats) and
 * `npm run format:content`. Because the two are one, a save in the editor
 * changes only the lines of the fields that changed: keys in the content model's
 * order, one field or list item a line, nothing folded, empty optional fields
 * left out, and the body after the frontmatter kept byte for byte.
 */
import { isMap, isScalar, isSeq, Parser, parseDocument, stringify, type Node } from 'yaml';

/** What the format needs to know of a field: its name, what kind of value it holds, and its sub-fields. */
export interface FieldShape {
  name: string;
  /** text: any string value (ids, dates, times, relations); number; boolean; object; list (of text, or of objects when `fields`). */
  kind: 'text' | 'number' | 'boolean' | 'object' | 'list' | 'body';
  fields?: FieldShape[];
  /** A switch's value when a file leaves it out (the schema's default; off when it has none). */
  default?: boolean;
}

/** The shape of editor fields (src/lib/editor/config.ts), for reading and writing their files. */
export function shapeOf(fields: ReadonlyArray<{ name: string; widget: string; multiple?: unknown; fields?: unknown; default?: unknown }>): FieldShape[] {
  return fields.map((f) => {
    const sub = Array.isArray(f.fields) ? shapeOf(f.fields as Parameters<typeof shapeOf>[0]) : undefined;
    if (f.widget === 'richtext' || f.widget === 'markdown') return { name: f.name, kind: 'body' };
    if (f.widget === 'object') return { name: f.name, kind: 'object', fields: sub ?? [] };
    if (f.widget === 'list' || f.multiple === true) return { name: f.name, kind: 'list', ...(sub ? { fields: sub } : {}) };
    if (f.widget === 'number') return { name: f.name, kind: 'number' };
    if (f.widget === 'boolean') return { name: f.name, kind: 'boolean', default: f.default === true };
    return { name: f.name, kind: 'text' };
  });
}

/** A YAML node as the value the field holds: text fields keep numbers as written (an id "007", a coordinate 49.28270). */
function valueOf(node: unknown, shape: FieldShape | undefined): unknown {
  if (isScalar(node)) {
    if (shape?.kind === 'text' && node.value !== null && typeof node.value !== 'string') return (node as { source?: string }).source ?? String(node.value);
    return node.value;
  }
  if (isSeq(node)) {
    const item: FieldShape | undefined = shape?.fields ? { name: '', kind: 'object', fields: shape.fields } : shape ? { name: '', kind: 'text' } : undefined;
    return node.items.map((n) => valueOf(n, item));
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      out[key] = valueOf(pair.value, shape?.fields?.find((f) => f.name === key));
    }
    return out;
  }
  return node === null || node === undefined ? undefined : (node as Node).toJSON();
}

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && !Array.isArray(value) && Object.values(value as object).every(isEmpty));

/** The value in the content model's order, text fields as text, empty optional values left out. */
function ordered(value: unknown, shape: FieldShape | undefined): unknown {
  if (Array.isArray(value)) {
    const item: FieldShape | undefined = shape?.fields ? { name: '', kind: 'object', fields: shape.fields } : shape ? { name: '', kind: 'text' } : undefined;
    return value.map((v) => ordered(v, item));
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const fields = shape?.fields ?? [];
    // Every switch is written, on or off: the editor writes them all on its first save.
    const switches = Object.fromEntries(fields.filter((f) => f.kind === 'boolean').map((f) => [f.name, f.default ?? false]));
    const source = { ...switches, ...(value as Record<string, unknown>) };
    const keys = [...fields.map((f) => f.name).filter((k) => k in source), ...Object.keys(source).filter((k) => !fields.some((f) => f.name === k))];
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (key === 'body' && fields.find((f) => f.name === key)?.kind === 'body') continue;
      const field = fields.find((f) => f.name === key);
      const v = ordered(source[key], field);
      if (!isEmpty(v)) out[key] = v;
    }
    return out;
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (shape?.kind === 'text' && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
  return value;
}

/** The values a file's fields hold as the site reads them (switches left out are their default); the body is not among them. */
export const fieldValues = (data: Record<string, unknown>, fields: FieldShape[]) => ordered(data, { name: '', kind: 'object', fields }) as Record<string, unknown>;

/** The YAML of some data, in the one style (a block a level, nothing folded, quotes only where YAML needs them). */
export function toYaml(data: Record<string, unknown>, fields: FieldShape[]): string {
  const value = fieldValues(data, fields);
  return Object.keys(value).length === 0 ? '' : stringify(value, { lineWidth: 0, minContentWidth: 0 });
}

export function fromYaml(text: string, fields: FieldShape[]): Record<string, unknown> {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message);
  return (valueOf(doc.contents, { name: '', kind: 'object', fields }) as Record<string, unknown> | undefined) ?? {};
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/** A Markdown or MDX file as the editor holds it: its fields, and `body` (everything after the frontmatter, as it is). */
export function parseEntry(text: string, fields: FieldShape[]): Record<string, unknown> {
  const match = FRONTMATTER.exec(text);
  if (!match || match.index !== 0) return { body: text };
  return { ...fromYaml(match[1]!, fields), body: text.slice(match[0].length) };
}

/** The file text of an entry: frontmatter in the one style, a blank line, then the body as it is, ending with one line break. */
export function serializeEntry(value: Record<string, unknown>, fields: FieldShape[]): string {
  const body = typeof value['body'] === 'string' ? value['body'].replace(/^(?:[ \t]*\r?\n)+/, '') : '';
  // The editor trims what a format returns and adds one line break; so do we, so that both give the same bytes.
  return `${`---\n${toYaml(value, fields)}---\n\n${body}`.trim()}\n`;
}

/** A data file (clinic.yaml): the YAML alone, ending with one line break. */
export function serializeData(value: Record<string, unknown>, fields: FieldShape[]): string {
  return `${toYaml(value, fields).trim()}\n`;
}

/**
 * The lines (1-based) of YAML that hold a comment alone: the editor's save and
 * `npm run format:content` write values, not comments, so each would be lost
 * without a word. Found in YAML's own syntax tree: a "#" inside a quoted or block
 * value is text, not a comment.
 */
export function wholeLineComments(yaml: string): number[] {
  const offsets: number[] = [];
  const walk = (token: unknown): void => {
    if (Array.isArray(token)) return token.forEach(walk);
    if (!token || typeof token !== 'object') return;
    const t = token as { type?: unknown; offset?: unknown };
    if (t.type === 'comment' && typeof t.offset === 'number') offsets.push(t.offset);
    else Object.values(token).forEach(walk);
  };
  for (const token of new Parser().parse(yaml)) walk(token);
  return offsets
    .filter((offset) => yaml.slice(yaml.lastIndexOf('\n', offset - 1) + 1, offset).trim() === '')
    .map((offset) => yaml.slice(0, offset).split('\n').length)
    .sort((a, b) => a - b);
}

