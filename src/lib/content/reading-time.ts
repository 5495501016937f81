/**
 * How long an article takes to read, from the words of its body: shown in the
 * byline and on article cards, so a reader knows what they are starting.
 */
import type { Language } from '../i18n/languages.ts';

/**
 * Adults reading silently, words a minute, per language: English non-fiction 238
 * (Brysbaert, 2019, a review of 190 studies); French 195 (the IReST standard
 * texts, Trauzettel-Klosinski and Dietz, 2012: French words are longer and fewer
 * are read a minute than English ones).
 */
export const WORDS_PER_MINUTE = { en: 238, fr: 195 } as const satisfies Record<Language, number>;

/**
 * The words a reader reads in a Markdown or MDX body: prose, headings, lists,
 * link texts. Not MDX imports and exports, component and HTML tags (their
 * attributes are not read; text between tags is), comments, link or image
 * addresses, image descriptions, or Markdown's own marks.
 */
export function bodyWords(body: string): number {
  const readable = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^(?:import|export)\s[^\n]*$/gm, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  return readable.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Whole minutes to read so many words in a language, at least one. */
export function readingMinutes(words: number, language: Language): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE[language]));
}
