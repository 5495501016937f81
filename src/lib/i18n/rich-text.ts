/**
 * Interface sentences with links in them (src/i18n/): `[words](name)` is a link whose
 * text is those words, `{name}` one whose text is a fact. Split into pieces for a
 * component to render, so that each language's sentence puts its links where its grammar does.
 */

export type RichPiece = { text: string } | { key: string; label?: string | undefined };

const TOKEN = /\[([^\]]+)\]\(([a-zA-Z]\w*)\)|\{([a-zA-Z]\w*)\}/g;

/**
 * The sentence's pieces, in order. Every name it uses must be one of `keys`, and every
 * key must be used: a translation that lost a link, or links to something the
 * component does not have, is an error naming the sentence, never a missing link.
 */
export function richText(template: string, keys: readonly string[]): RichPiece[] {
  const pieces: RichPiece[] = [];
  const used = new Set<string>();
  let at = 0;
  for (const match of template.matchAll(TOKEN)) {
    if (match.index > at) pieces.push({ text: template.slice(at, match.index) });
    const key = (match[2] ?? match[3])!;
    if (!keys.includes(key)) throw new Error(`The interface sentence "${template}" names "${key}", which is not one of ${keys.map((k) => `"${k}"`).join(', ')}`);
    used.add(key);
    pieces.push(match[1] === undefined ? { key } : { key, label: match[1] });
    at = match.index + match[0].length;
  }
  if (at < template.length) pieces.push({ text: template.slice(at) });
  const unused = keys.filter((k) => !used.has(k));
  if (unused.length > 0) throw new Error(`The interface sentence "${template}" leaves out ${unused.map((k) => `"${k}"`).join(', ')}: each must appear once, as [words](${unused[0]}) or {${unused[0]}}`);
  return pieces;
}
