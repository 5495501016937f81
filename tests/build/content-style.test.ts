// Every file in content/ is in the style the editor saves in, so that a save in
// the editor changes only the lines it should: tested here by changing one field
// of each file with the editor's own read and write functions (the ones its
// custom formats call) and comparing the values and the lines before and after.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFilesInStyle } from '../../scripts/lib/content-style.ts';
import { fromYaml, parseEntry, serializeData, serializeEntry } from '../../src/lib/content-format';

const files = contentFilesInStyle(join(process.cwd(), 'content'));

/** The lines of `after` that differ from `before`, as -/+ pairs (files of equal length compared line by line, else the whole tail). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [`line count ${a.length} → ${b.length}`];
  return a.flatMap((line, i) => (line === b[i] ? [] : [`- ${line}`, `+ ${b[i]}`]));
}

describe('content/ in the editor’s style', () => {
  it('holds files of every collection', () => {
    expect(files.some((f) => f.path.startsWith('content/articles/'))).toBe(true);
    expect(files.some((f) => f.path === 'content/clinic.yaml')).toBe(true);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s is in the style (npm run format:content writes it), where the editor lists it', (_path, file) => {
    expect(file.formatted, `${file.path}: run npm run format:content`).toBe(file.text);
    expect(file.listed, `${file.path}: the editor lists only its collection's extension`).toBe(true);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s: a one-field change changes that field’s line only, values and body kept', (_path, file) => {
    const read = (text: string) => (file.kind === 'entry' ? parseEntry(text, file.shape) : fromYaml(text, file.shape));
    const write = (value: Record<string, unknown>) => (file.kind === 'entry' ? serializeEntry(value, file.shape) : serializeData(value, file.shape));
    const before = read(file.text);
    // The first text field at the top: the title, name or clinic name.
    const field = file.shape.find((f) => f.kind === 'text' && typeof before[f.name] === 'string')!.name;
    const after = write({ ...before, [field]: `${String(before[field])} (edited)` });
    const reread = read(after);
    expect({ ...reread, [field]: before[field] }).toEqual(before);
    expect(changedLines(file.text, after)).toEqual([`- ${file.text.split('\n').find((l) => l.startsWith(`${field}:`))}`, `+ ${after.split('\n').find((l) => l.startsWith(`${field}:`))}`]);
    if (file.kind === 'entry') {
      expect(reread['body']).toBe(before['body']);
      const ctas = (text: string) => text.split('\n').filter((l) => l.includes('<BookingCTA'));
      expect(ctas(after)).toEqual(ctas(file.text));
    }
  });
});
