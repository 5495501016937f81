// Every file in content/ is in the style the editor saves in, so that a save in
// the editor changes only the lines it should: tested here by changing one field
// of each file with the editor's own read and write functions (the ones its
// custom formats call) and comparing the values and the lines before and after.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFilesInStyle } from '../../scripts/lib/content-style.ts';
import { fromYaml, parseEntry, serializeData, serializeEntry } from '../../src/lib/content/format';

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

  it.each(files.map((f) => [f.path, f] as const))('%s is in the style (npm run format:content writes it), where the editor lists it, with no comment a save would drop', (_path, file) => {
    expect(file.formatted, `${file.path}: run npm run format:content`).toBe(file.text);
    expect(file.listed, `${file.path}: the editor lists only its collection's extension`).toBe(true);
    expect(file.comments, `${file.path}: comments on these lines`).toEqual([]);
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

describe('npm run format:content, on a clinic whose files hold comments', () => {
  it('refuses each comment a save would drop, naming the file and the line, and leaves the file as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'format-comments-'));
    try {
      cpSync(join(process.cwd(), 'content'), join(dir, 'content'), { recursive: true });
      const article = files.find((f) => f.path.startsWith('content/articles/'))!.path;
      const withComment = (path: string, at: (lines: string[]) => number) => {
        const lines = readFileSync(join(dir, path), 'utf8').split('\n');
        const index = at(lines);
        lines.splice(index, 0, '# why this value (a note for the next person)');
        writeFileSync(join(dir, path), lines.join('\n'));
        return index + 1;
      };
      const clinicLine = withComment('content/clinic.yaml', () => 0);
      // In the frontmatter, after its first field.
      const articleLine = withComment(article, () => 2);
      const before = readFileSync(join(dir, article), 'utf8');
      for (const args of [['--check'], []]) {
        const run = spawnSync(process.execPath, [join(process.cwd(), 'scripts/format-content.ts'), ...args], { cwd: dir, encoding: 'utf8' });
        expect(run.status, args.join(' ')).toBe(1);
        expect(run.stderr).toContain(`content/clinic.yaml: line ${clinicLine}: a comment, which the editor and format:content do not keep: move it into the field's description, or delete it`);
        expect(run.stderr).toContain(`${article}: line ${articleLine}: a comment`);
      }
      expect(readFileSync(join(dir, article), 'utf8')).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

