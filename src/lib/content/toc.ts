/**
 * An article's table of contents, from the headings its body rendered (Astro's
 * `render(entry).headings`: depth, id, text): sections (h2) with their
 * subsections (h3). Shown only when there are enough sections to need one.
 */

export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/** Fewer sections than this read at a glance: no table of contents. */
export const TOC_MIN_SECTIONS = 3;

/** The sections and their subsections, in order; a subsection before any section is listed as a section. */
export function tableOfContents(headings: readonly RenderedHeading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth !== 2 && heading.depth !== 3) continue;
    const entry = { id: heading.slug, text: heading.text.trim(), children: [] };
    const section = entries.at(-1);
    if (heading.depth === 3 && section) section.children.push(entry);
    else entries.push(entry);
  }
  return entries;
}

/** Whether the article gets a table of contents at all. */
export function needsTableOfContents(entries: readonly TocEntry[]): boolean {
  return entries.length >= TOC_MIN_SECTIONS;
}
