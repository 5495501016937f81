/**
 * Keeps an article's text as it was written wherever the editor did not change it.
 *
 * The browser editor (Sveltia CMS) holds a body in a rich-text editor and writes
 * it back as Markdown of its own on every save, even when only the title changed:
 * it escapes the asterisks of an MDX comment (`{/\* … \*\/}`, which MDX then reads
 * as a regular expression and prints on the page), joins a booking box written
 * over several lines into one, and may escape other marks. So the editor's file
 * format runs every saved body through a keeper that knows the bodies it read:
 * each block (a run of lines between blank lines) that says the same as a block
 * of the body it came from is written back byte for byte; only blocks that were
 * really edited, or are new, are the editor's. An unchanged body is returned
 * exactly as it was read.
 */

/** The blocks of a Markdown text: runs of lines between blank lines. */
export function blocksOf(text: string): string[] {
  const trimmed = text.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/\s+$/, '');
  return trimmed === '' ? [] : trimmed.split(/\r?\n[ \t]*\r?\n(?:[ \t]*\r?\n)*/);
}

/**
 * What a block says, however it is written: Markdown's backslash escapes dropped,
 * emphasis marks (`*` or `_`) made one, runs of white space made one space, so
 * that `<BookingCTA\n  service="x"\n/>` and `<BookingCTA service="x" />` say the same.
 */
export function meaningOf(block: string): string {
  return block
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/_/g, '*')
    .replace(/\s+/g, ' ')
    .replace(/\s*(\/?>)/g, '$1')
    .trim();
}

/** MDX comments the editor escaped (`{/\* … \*\/}`), written as MDX reads them again. */
export function repairMdxComments(text: string): string {
  return text.replace(/\{\/\\\*([\s\S]*?)\\\*\/\}/g, '{/*$1*/}');
}

export interface BodyKeeper {
  /** A body as it was read from a file. */
  remember(body: string): void;
  /**
   * A body the editor is about to save, with every unchanged block as it was read
   * from the body it came from: the one read whose blocks it shares most, and only
   * when it shares more than half of its blocks with it (a new entry that happens
   * to share a booking box line with another file takes nothing from that file).
   */
  keep(edited: string, options?: { newEntry?: boolean }): string;
}

export function createBodyKeeper(): BodyKeeper {
  const originals = new Map<string, { blocks: string[]; meanings: string[] }>();
  return {
    remember(body) {
      const blocks = blocksOf(body);
      originals.set(body, { blocks, meanings: blocks.map(meaningOf) });
    },
    keep(edited, { newEntry = false } = {}) {
      const blocks = blocksOf(repairMdxComments(edited));
      const meanings = blocks.map(meaningOf);
      let best: { body: string; byMeaning: Map<string, string>; shared: number } | undefined;
      for (const [body, original] of newEntry ? [] : originals) {
        if (original.meanings.length === meanings.length && original.meanings.every((m, i) => m === meanings[i])) return body;
        const byMeaning = new Map(original.meanings.map((m, i) => [m, original.blocks[i]!] as const));
        const shared = meanings.filter((m) => byMeaning.has(m)).length;
        if (shared * 2 > meanings.length && (!best || shared > best.shared)) best = { body, byMeaning, shared };
      }
      const kept = blocks.map((block, i) => best?.byMeaning.get(meanings[i]!) ?? block);
      return kept.length === 0 ? '' : `\n${kept.join('\n\n')}\n`;
    },
  };
}
