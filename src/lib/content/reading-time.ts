/**
 * How long an article takes to read, from the words of its body: shown in the
 * byline and on article cards, so a reader knows what they are starting.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Language } from '../i18n/languages.ts';

/**
 * Adults reading silently, words a minute, per language: English non-fiction 238
 * (Brysbaert, 2019, a review of 190 studies); French 195 (the IReST standard
 * texts, Trauzettel-Klosinski and Dietz, 2012: French words are longer and fewer
 * are read a minute than English ones).
 */
export const WORDS_PER_MINUTE = { en: 238, fr: 195 } as const satisfies Record<Language, number>;

/** Nodes whose words a reader does not read: imports and exports, {expressions} (comments among them), images (their description is for those who cannot see them), link definitions. */
const UNREAD = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'image', 'imageReference', 'definition', 'footnoteDefinition', 'yaml', 'toml']);

interface MdastNode {
  type: string;
  value?: string;
  children?: MdastNode[];
}

/** The text a reader reads in a tree: every text's words, link texts, code; addresses written out in full are not read. */
function readText(node: MdastNode, into: string[]): void {
  if (UNREAD.has(node.type)) return;
  if (node.type === 'html') {
    // Raw HTML in a Markdown file: its tags and comments are not read, the text between tags is.
    into.push(node.value!.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<\/?[A-Za-z][^>]*>/g, ' '));
  } else if (node.value !== undefined) {
    into.push(node.value.replace(/https?:\/\/\S+/g, ' '));
  }
  // A component's attributes are not read; the text between its tags is.
  for (const child of node.children ?? []) readText(child, into);
}

/**
 * The words a reader reads in a body, counted on the tree the site's own Markdown
 * processor parses (satteri; MDX for .mdx files): prose, headings, lists, link texts.
 */
export function bodyWords(body: string, format: 'md' | 'mdx' = 'mdx'): number {
  const tree = (format === 'mdx' ? mdxToMdast(body) : markdownToMdast(body)) as MdastNode;
  const pieces: string[] = [];
  readText(tree, pieces);
  return pieces.join(' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Whole minutes to read so many words in a language, at least one. */
export function readingMinutes(words: number, language: Language): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE[language]));
}
