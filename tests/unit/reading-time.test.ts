import { describe, expect, it } from 'vitest';
import { bodyWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/content/reading-time';


describe('reading time', () => {
  it('counts the words a reader reads: prose, headings, list items, link texts', () => {
    expect(bodyWords('## Why hips matter\n\nThe hips carry the spine.\n\n- Walk daily\n- Stretch')).toBe(3 + 5 + 2 + 1);
    expect(bodyWords('See [the guideline](https://example.org/a/b?c=d) first.')).toBe(4);
    expect(bodyWords('A [reference link][1] here.\n\n[1]: https://example.org/ref "Title"')).toBe(4);
    expect(bodyWords("Don't over-stretch: it’s 10 minutes.")).toBe(5);
  });

  it('leaves out what is not read: imports, component tags and their attributes, comments, images, addresses', () => {
    const body = [
      "import Figure from '../components/Figure.astro';",
      'export const note = 1;',
      '',
      'First paragraph here.',
      '',
      '{/* a note to the editor, not for readers */}',
      '<BookingCTA service="therapeutic-massage" label="Book a massage for your back" />',
      '![A therapist working on a client’s hip](./hip.jpg)',
      'Bare address https://example.org/long/path is one link.',
      '<aside class="note">Text between tags is read.</aside>',
    ].join('\n');
    expect(bodyWords(body)).toBe(3 + 5 + 5);
  });

  it('reads a Markdown file as Markdown: its HTML comments and tags are not read, the text between tags is', () => {
    const body = ['First paragraph here.', '', '<!-- a note to the editor -->', '', '<aside class="note">Text between tags is read.</aside>', '', '{Braces are text in Markdown}'].join('\n');
    expect(bodyWords(body, 'md')).toBe(3 + 5 + 5);
    // The same text is not MDX: the site's processor refuses the comment, as the build would.
    expect(() => bodyWords(body, 'mdx')).toThrow(/comment/);
  });

  it('gives whole minutes at the reading speed of the language, never less than one', () => {
    expect(readingMinutes(0, 'en')).toBe(1);
    expect(readingMinutes(10, 'en')).toBe(1);
    expect(readingMinutes(WORDS_PER_MINUTE.en * 5, 'en')).toBe(5);
    expect(readingMinutes(Math.round(WORDS_PER_MINUTE.en * 5.4), 'en')).toBe(5);
    expect(readingMinutes(Math.round(WORDS_PER_MINUTE.en * 5.6), 'en')).toBe(6);
    // French is read more slowly: the same words take longer.
    expect(WORDS_PER_MINUTE.fr).toBeLessThan(WORDS_PER_MINUTE.en);
    expect(readingMinutes(WORDS_PER_MINUTE.fr * 5, 'fr')).toBe(5);
    expect(readingMinutes(1190, 'en')).toBe(5);
    expect(readingMinutes(1190, 'fr')).toBe(6);
  });
});
