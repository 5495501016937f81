/**
 * Checks on the text of content files, before Astro reads them, for the
 * mistakes that would otherwise lose content without a word or stop the build
 * with a parser's stack trace: YAML that silently drops text (a `#` in an
 * unquoted value, a number with a leading zero), YAML that cannot be read (a
 * `: ` in an unquoted title), MDX's sharp edges (a bare `<` or `{`, HTML
 * comments, `<br>`, unclosed tags, unknown components), files in places the
 * site does not read, and two files that would be published at one address.
 * Each problem names the file, the line, and what to write instead.
 */
import { LineCounter, parseDocument, visit, type Scalar } from 'yaml';
import { duplicateIds, type ContentProblem } from './integrity.ts';
import { LANGUAGE_CODES } from '../i18n/languages.ts';
import { PICTURE_FILE } from '../media/image-files.ts';
import { translationPicturePath } from '../i18n/translations.ts';

export interface SplitSource {
  /** The YAML between the --- fences ('' when there is none). */
  frontmatter: string;
  /** Line (1-based) of the frontmatter's first line in the file. */
  frontmatterLine: number;
  body: string;
  /** Line (1-based) of the body's first line in the file. */
  bodyLine: number;
}

/** Frontmatter and body of a Markdown or MDX file, with where each starts. */
export function splitSource(text: string): SplitSource {
  const match = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { frontmatter: '', frontmatterLine: 1, body: text, bodyLine: 1 };
  const frontmatter = match[1] ?? '';
  return { frontmatter, frontmatterLine: 2, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** What a YAML parser's complaint means for someone typing a value. */
function explainYamlError(code: string, line: string): string {
  const key = /^\s*-?\s*([\w.-]+):/.exec(line)?.[1];
  const value = line.replace(/^\s*-?\s*[\w.-]+:\s*/, '').trim();
  const quoted = key && value ? ` e.g. ${key}: "${value.replace(/"/g, '\\"')}"` : '';
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `the value has ": " in it, which YAML reads as a new field: put the whole value in quotes,${quoted}`;
    case 'DUPLICATE_KEY':
      return `${key ? `"${key}"` : 'this field'} is written twice: keep one of them`;
    case 'TAB_AS_INDENT':
      return 'the line is indented with a tab: indent with spaces';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    default:
      return `YAML cannot read this line: check the indentation, and put a value that holds : # [ ] { } or quotes in quotes,${quoted || ' e.g. title: "…"'}`;
  }
}

/**
 * Problems in YAML text (frontmatter or a .yaml file). `firstLine` is the line of
 * the file where the YAML starts, so that lines point into the file as staff see it.
 */
export function yamlProblems(file: string, yaml: string, firstLine = 1): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lines = yaml.split('\n');
  const at = (line: number) => ({ file, field: `line ${line + firstLine - 1}` });
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: true });
  for (const error of doc.errors) {
    const { line } = lineCounter.linePos(error.pos[0]);
    problems.push({ ...at(line), message: explainYamlError(error.code, lines[line - 1] ?? '') });
  }
  if (doc.errors.length > 0) return problems;

  visit(doc, {
    Scalar(key, node: Scalar) {
      if (key === 'key' || node.type !== 'PLAIN' || !node.range) return;
      const source = node.source ?? String(node.value);
      const line = lineAt(yaml, node.range[0]);
      const restOfLine = yaml.slice(node.range[1]).split('\n')[0] ?? '';
      // `title: Knee pain #1 tips` keeps "Knee pain" and drops the rest as a comment.
      if (/^\s+#/.test(restOfLine)) {
        const comment = restOfLine.trim();
        problems.push({
          ...at(line),
          message: `"${comment}" is read as a comment and dropped, keeping only "${source}": if it is part of the value, put the whole value in quotes, e.g. "${source} ${comment}"; if it is a note, delete it`,
        });
      }
      // `bookingRef: 007` is the number 7.
      if (/^[+-]?0\d+$/.test(source)) {
        problems.push({ ...at(line), message: `${source} is read as the number ${Number(source)}, losing its leading zero: put it in quotes, "${source}"` });
      }
      // Ids longer than a JavaScript number can hold come out changed.
      if (/^\d{16,}$/.test(source)) {
        problems.push({ ...at(line), message: `${source} is too long to be read as a number without changing it: put it in quotes, "${source}"` });
      }
    },
  });
  return problems;
}

/**
 * Pictures a frontmatter names (`src: ./images/ada.jpg`) that are not where it says, each
 * named by its field and line: Astro's own message names neither the entry nor the field.
 * `exists` answers for a path relative to the entry's folder. A translation in a language
 * folder (content/therapists/fr/) may name the first language's pictures as its file does.
 */
export function missingPictures(file: string, yaml: string, firstLine: number, exists: (relative: string) => boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0) return problems;
  const inLanguageFolder = (LANGUAGE_CODES as readonly string[]).includes(file.split('/').at(-2) ?? '');
  visit(doc, {
    Pair(_key, pair, path) {
      const value = pair.value as Scalar | null;
      const name = (pair.key as Scalar | null)?.value;
      if (typeof value?.value !== 'string' || !/^\.\.?\//.test(value.value) || !PICTURE_FILE.test(value.value)) return;
      // A translation may name its picture as its first language's file does (src/loaders/translated-pictures.ts).
      if (exists(inLanguageFolder ? translationPicturePath(value.value, exists) : value.value)) return;
      const parents = path.flatMap((node) => ((node as { key?: Scalar }).key?.value !== undefined ? [String((node as { key: Scalar }).key.value)] : []));
      const field = [...parents, String(name)].join('.');
      problems.push({ file, field: `${field} (line ${lineAt(yaml, value.range![0]) + firstLine - 1})`, message: `names ${value.value}, which is not there; put the picture there, or write the name of the one that is` });
    },
  });
  return problems;
}

/** Components an MDX article may use without importing anything. */
export const MDX_COMPONENTS = ['BookingCTA'] as const;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The body with code (fenced and inline) and MDX comments blanked out, keeping every line break and offset. */
export function withoutCode(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body
    .replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1\2[ \t]*$|(?![\s\S]))/gm, blank)
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

/**
 * MDX's sharp edges in an article body, as staff meet them. `firstLine` is the
 * file line where the body starts. Each message says what to write instead.
 */
export function mdxProblems(file: string, body: string, firstLine = 1, components: readonly string[] = MDX_COMPONENTS): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const text = withoutCode(body);
  const at = (index: number) => ({ file, field: `line ${lineAt(text, index) + firstLine - 1}` });
  const open: Array<{ name: string; index: number }> = [];

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (text[i - 1] === '\\') continue; // \{ and \< are the characters themselves
    if (char === '{' || char === '}') {
      problems.push({ ...at(i), message: `a ${char} runs code in MDX: write \\${char} to show the character itself, or use ( ) instead; for a note to yourself write {/* note */}` });
      continue;
    }
    if (char !== '<') continue;
    const rest = text.slice(i);
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      problems.push({ ...at(i), message: 'HTML comments <!-- --> do not work in MDX: write {/* your note */} instead, or delete it' });
      if (end > 0) i += end + 2;
      continue;
    }
    if (/^<(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|[^\s<>@]+@[^\s<>@]+>)/i.test(rest)) {
      const target = /^<([^>\s]*)/.exec(rest)?.[1] ?? '';
      problems.push({ ...at(i), message: `<${target}> is not a link in MDX: write [${target}](${target.startsWith('mailto:') || !target.includes('@') ? target : `mailto:${target}`}) instead` });
      const end = rest.indexOf('>');
      if (end > 0) i += end;
      continue;
    }
    const tag = /^<(\/?)([A-Za-z][\w.-]*)((?:\s+[^<>]*?)?)\s*(\/?)>/.exec(rest);
    if (!tag) {
      problems.push({ ...at(i), message: 'a < on its own starts a tag in MDX: write "less than" or &lt; instead' });
      continue;
    }
    const [whole, closing, name, , selfClosing] = tag as unknown as [string, string, string, string, string];
    i += whole.length - 1;
    if (/^[A-Z]/.test(name)) {
      if (!components.includes(name)) {
        problems.push({ ...at(i - whole.length + 1), message: `<${name}> is not a component this site has: the ones articles can use are ${components.map((c) => `<${c} … />`).join(', ')}` });
      } else if (!closing && !selfClosing) {
        problems.push({ ...at(i - whole.length + 1), message: `a component needs a slash before its >: write ${whole.replace(/\s*>$/, ' />')}` });
      }
      continue;
    }
    const lower = name.toLowerCase();
    if (VOID_ELEMENTS.has(lower)) {
      if (!selfClosing && !closing) problems.push({ ...at(i - whole.length + 1), message: `write <${name} /> with a slash before the > (MDX needs it)${lower === 'br' ? ', or end the line with a backslash \\ for a line break' : ''}` });
      continue;
    }
    if (selfClosing) continue;
    if (!closing) {
      open.push({ name: lower, index: i - whole.length + 1 });
      continue;
    }
    const match = open.map((o) => o.name).lastIndexOf(lower);
    if (match === -1) {
      problems.push({ ...at(i - whole.length + 1), message: `</${name}> closes a tag that was never opened: delete it, or add <${name}> where it starts` });
      continue;
    }
    // Everything opened after the matching tag was left unclosed.
    for (const unclosed of open.splice(match).slice(1)) problems.push({ ...at(unclosed.index), message: unclosedMessage(unclosed.name) });
  }
  for (const unclosed of open) problems.push({ ...at(unclosed.index), message: unclosedMessage(unclosed.name) });
  return problems.sort((a, b) => Number(a.field.slice(5)) - Number(b.field.slice(5)));
}

function unclosedMessage(name: string): string {
  const markdown: Record<string, string> = { strong: '**bold**', b: '**bold**', em: '*italics*', i: '*italics*' };
  return `<${name}> is never closed: add </${name}> where it ends${markdown[name] ? `, or write ${markdown[name]} instead` : ''}`;
}

/** What each folder of content/ holds, and how its files are named. */
export const CONTENT_LAYOUT = {
  articles: { extensions: ['mdx', 'md'], subfolders: false, noun: 'articles' },
  locations: { extensions: ['md'], subfolders: false, noun: 'locations' },
  services: { extensions: ['md'], subfolders: false, noun: 'services' },
  therapists: { extensions: ['md'], subfolders: false, noun: 'therapists' },
  topics: { extensions: ['md'], subfolders: false, noun: 'topics' },
  testimonials: { extensions: ['md'], subfolders: false, noun: 'testimonials' },
  pages: { extensions: ['md'], subfolders: true, noun: 'pages' },
} as const;
export type ContentFolder = keyof typeof CONTENT_LAYOUT;
export const CLINIC_FILE = 'clinic.yaml';
/** The folder beside clinic.yaml for its pictures (logo, photos), where the editor puts an upload: content/images/. */
export const CLINIC_PICTURES = 'images';

/** Files starting with _ (or inside a folder starting with _) are parked: never read, never published. */
export function isParked(relativePath: string): boolean {
  return relativePath.split('/').some((segment) => segment.startsWith('_'));
}

/** The glob patterns a folder's loader reads: its files (and sub-folders where allowed), never parked ones. */
export function folderPattern(folder: ContentFolder): string[] {
  const { extensions, subfolders } = CONTENT_LAYOUT[folder];
  const ext = extensions.length === 1 ? extensions[0] : `{${extensions.join(',')}}`;
  // A sub-folder named after a language holds that language's files (src/lib/i18n/translations.ts).
  const inLanguages = `{${LANGUAGE_CODES.join(',')}}/*.${ext}`;
  return subfolders ? [`**/*.${ext}`, '!**/_*', '!**/_*/**'] : [`*.${ext}`, inLanguages, '!**/_*', '!**/_*/**'];
}

/**
 * Problems with where content files are and what they are called. `files` are
 * paths below content/ (e.g. "articles/knee.mdx"), parked ones included.
 * `reservedPages` are first path segments the site's own routes use.
 */
export function layoutProblems(files: string[], reservedPages: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byFolder = new Map<ContentFolder, string[]>();
  const name = (file: string) => ({ file: `content/${file}`, field: '(file name)' });
  for (const file of files) {
    if (isParked(file) || file.split('/').some((s) => s.startsWith('.'))) continue;
    const [top, ...rest] = file.split('/');
    if (rest.length === 0) {
      if (top !== CLINIC_FILE) problems.push({ ...name(file), message: `the site does not read this file: content/ holds ${CLINIC_FILE}, its pictures in ${CLINIC_PICTURES}/, and the folders ${Object.keys(CONTENT_LAYOUT).join(', ')}` });
      continue;
    }
    if (top === CLINIC_PICTURES && PICTURE_FILE.test(rest.join('/'))) continue; // clinic.yaml's pictures (logo, photos): checked by imageFileProblems
    if (!(top! in CONTENT_LAYOUT)) {
      problems.push({ ...name(file), message: `the site does not read the folder content/${top}/: content/ holds ${CLINIC_FILE}, its pictures in ${CLINIC_PICTURES}/, and the folders ${Object.keys(CONTENT_LAYOUT).join(', ')}` });
      continue;
    }
    const folder = top as ContentFolder;
    const layout = CONTENT_LAYOUT[folder];
    const inFolder = rest.join('/');
    if (PICTURE_FILE.test(inFolder)) continue; // pictures an entry refers to: checked by imageFileProblems
    const extension = /\.([^./]+)$/.exec(inFolder)?.[1]?.toLowerCase() ?? '';
    if (!(layout.extensions as readonly string[]).includes(extension)) {
      const expected = layout.extensions.map((e) => `.${e}`).join(' or ');
      problems.push({ ...name(file), message: `${folder} are ${expected} files, so this one is not read: rename it to ${inFolder.replace(/\.[^./]+$/, '')}${`.${layout.extensions[0]}`}` });
      continue;
    }
    const inLanguageFolder = rest.length > 1 && (LANGUAGE_CODES as readonly string[]).includes(rest[0]!);
    if (rest.length > 1 && !layout.subfolders && !(inLanguageFolder && rest.length === 2)) {
      problems.push({ ...name(file), message: `${layout.noun} are read from content/${folder}/ itself, not from sub-folders: move it to content/${folder}/${rest.at(-1)} (or start the folder’s name with _ to park it)` });
      continue;
    }
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), inFolder]);
    if (folder === 'articles' && /^\d+$/.test(inFolder.replace(/\.[^.]+$/, ''))) {
      problems.push({ ...name(file), message: `its address /articles/${inFolder.replace(/\.[^.]+$/, '')}/ is a page of the article list: give the file a name with words in it` });
    }
    if (folder === 'pages') {
      // In a language's folder, the page's address is the part after it.
      const first = inFolder.split('/')[inLanguageFolder ? 1 : 0]!.replace(/\.[^.]+$/, '').toLowerCase();
      if (reservedPages.has(first)) {
        problems.push({ ...name(file), message: `its address /${first}/ is already one of the site's own pages: choose another file name` });
      }
    }
  }
  for (const [folder, paths] of byFolder) problems.push(...duplicateIds(folder, paths));
  return problems;
}
