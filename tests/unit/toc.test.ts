import { describe, expect, it } from 'vitest';
import { needsTableOfContents, tableOfContents } from '../../src/lib/content/toc';

const h = (depth: number, text: string) => ({ depth, slug: text.toLowerCase().replace(/\W+/g, '-'), text });

describe('table of contents', () => {
  it('lists sections with their subsections, in order, by id and text', () => {
    const toc = tableOfContents([h(2, 'Why'), h(3, 'Hips'), h(3, 'Back'), h(2, 'How'), h(4, 'Detail'), h(2, 'When')]);
    expect(toc).toEqual([
      { id: 'why', text: 'Why', children: [{ id: 'hips', text: 'Hips', children: [] }, { id: 'back', text: 'Back', children: [] }] },
      { id: 'how', text: 'How', children: [] },
      { id: 'when', text: 'When', children: [] },
    ]);
  });

  it('leaves out the title and deeper levels, and lists a subsection with no section before it as a section', () => {
    expect(tableOfContents([h(1, 'Title'), h(3, 'Early'), h(2, 'Later'), h(5, 'Deep')])).toEqual([
      { id: 'early', text: 'Early', children: [] },
      { id: 'later', text: 'Later', children: [] },
    ]);
  });

  it('is shown from three sections on', () => {
    const sections = (n: number) => tableOfContents(Array.from({ length: n }, (_, i) => h(2, `Section ${i}`)));
    expect(needsTableOfContents(sections(2))).toBe(false);
    expect(needsTableOfContents(sections(3))).toBe(true);
    // Subsections do not count as sections.
    expect(needsTableOfContents(tableOfContents([h(2, 'A'), h(3, 'a1'), h(3, 'a2'), h(2, 'B')]))).toBe(false);
  });
});
