/**
 * How long an article takes to read, from the words of its body: shown in the
 * byline and on article cards, so a reader knows what they are starting.
 */

/** Adults reading non-fiction in English silently: 238 words a minute on average (Brysbaert, 2019, a review of 190 studies). */
export const WORDS_PER_MINUTE = 238;

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

/** Whole minutes, at least one. */
export function readingMinutes(body: string, wordsPerMinute: number = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(bodyWords(body) / wordsPerMinute));
}
