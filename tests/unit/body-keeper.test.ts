import { describe, expect, it } from 'vitest';
import { blocksOf, createBodyKeeper, meaningOf, repairMdxComments } from '../../src/lib/editor/body-keeper';

// A body as a file holds it, and as the browser editor hands it back after a save
// that changed only the title (both taken from a run of the real editor).
const read = [
  '',
  'Shoulders carry the day. {/* A note for the editor. */} Screens sit low.',
  '',
  '## Raise the screen',
  '',
  '<BookingCTA',
  '  service="sports-massage"',
  '/>',
  '',
  'A pillow keeps the neck level.',
  '',
].join('\n');
const fromEditor = [
  'Shoulders carry the day. {/\\* A note for the editor. \\*/} Screens sit low.',
  '',
  '## Raise the screen',
  '',
  '<BookingCTA service="sports-massage" />',
  '',
  'A pillow keeps the neck level.',
].join('\n');

describe('blocksOf and meaningOf', () => {
  it('splits on blank lines, whatever their number, and ignores blank lines at either end', () => {
    expect(blocksOf('\n\na\nb\n\n\n c\n\n')).toEqual(['a\nb', ' c']);
    expect(blocksOf('\n \n')).toEqual([]);
  });

  it('reads escapes, emphasis marks and line breaks as the same text', () => {
    expect(meaningOf('<BookingCTA\n  service="x"\n/>')).toBe(meaningOf('<BookingCTA service="x" />'));
    expect(meaningOf('a \\*b\\* _c_')).toBe(meaningOf('a *b* *c*'));
    expect(meaningOf('Price: $95')).not.toBe(meaningOf('Price: $99'));
  });

  it('puts back MDX comments the editor escaped, and nothing else', () => {
    expect(repairMdxComments('a {/\\* note \\*/} b')).toBe('a {/* note */} b');
    expect(repairMdxComments('a \\*b\\*')).toBe('a \\*b\\*');
  });
});

describe('the body keeper', () => {
  it('returns a body the editor did not change exactly as it was read', () => {
    const keeper = createBodyKeeper();
    keeper.remember(read);
    expect(keeper.keep(fromEditor)).toBe(read);
  });

  it('keeps every block that was not edited, and writes the edited one as the editor does', () => {
    const keeper = createBodyKeeper();
    keeper.remember(read);
    const edited = fromEditor.replace('A pillow keeps the neck level.', 'A firm pillow keeps the neck level.');
    const kept = keeper.keep(edited);
    expect(kept).toContain('{/* A note for the editor. */}');
    expect(kept).toContain('<BookingCTA\n  service="sports-massage"\n/>');
    expect(kept).toContain('A firm pillow keeps the neck level.');
    expect(kept).not.toContain('A pillow keeps');
  });

  it('repairs an MDX comment in an edited block', () => {
    const keeper = createBodyKeeper();
    keeper.remember(read);
    const kept = keeper.keep(fromEditor.replace('Screens sit low.', 'Screens sit too low.'));
    expect(kept.split('\n')).toContain('Shoulders carry the day. {/* A note for the editor. */} Screens sit too low.');
  });

  it('takes blocks only from the body read for the same entry: the one sharing most, more than half of its blocks', () => {
    const keeper = createBodyKeeper();
    keeper.remember(read);
    keeper.remember('\nOther article.\n\n<BookingCTA service="sports-massage" />\n');
    // Shares the booking box with both, but only one block of two: nothing is taken from either.
    expect(keeper.keep('A new article.\n\n<BookingCTA service="sports-massage" />')).toBe('\nA new article.\n\n<BookingCTA service="sports-massage" />\n');
  });

  it('takes nothing for a new entry, even one made as a copy', () => {
    const keeper = createBodyKeeper();
    keeper.remember(read);
    expect(keeper.keep(fromEditor, { newEntry: true })).toBe(`\n${repairMdxComments(fromEditor)}\n`);
  });
});
