import { describe, expect, it } from 'vitest';
import { bookingBlock, bookingLine, BOOKING_LINE } from '../../src/lib/booking/block';
import { fromYaml, parseEntry, serializeData, serializeEntry, shapeOf, toYaml, wholeLineComments, type FieldShape } from '../../src/lib/content/format';

const shape: FieldShape[] = shapeOf([
  { name: 'title', widget: 'string' },
  { name: 'ref', widget: 'string' },
  { name: 'price', widget: 'number' },
  { name: 'draft', widget: 'boolean' },
  { name: 'topics', widget: 'relation', multiple: true },
  { name: 'geo', widget: 'object', fields: [{ name: 'latitude', widget: 'string' }, { name: 'longitude', widget: 'string' }] },
  { name: 'items', widget: 'list', fields: [{ name: 'minutes', widget: 'number' }, { name: 'bookingRef', widget: 'string' }] },
  { name: 'body', widget: 'richtext' },
]);

describe('the content file style', () => {
  it('reads text fields as the text written, even where YAML sees a number', () => {
    expect(fromYaml('ref: 007\ngeo:\n  latitude: 49.28270\n  longitude: -123.1\nitems:\n  - minutes: 60\n    bookingRef: 21\n', shape)).toEqual({
      ref: '007',
      geo: { latitude: '49.28270', longitude: '-123.1' },
      items: [{ minutes: 60, bookingRef: '21' }],
    });
  });
  it('writes fields in the model’s order, one a line, quoting only where YAML needs it, leaving empty optional fields out', () => {
    const yaml = toYaml({ draft: false, topics: ['a', 'b'], title: 'Knee pain: what helps', ref: '21', price: 140.5, geo: { latitude: '', longitude: '' }, extra: 'kept last' }, shape);
    expect(yaml).toBe('title: "Knee pain: what helps"\nref: "21"\nprice: 140.5\ndraft: false\ntopics:\n  - a\n  - b\nextra: kept last\n');
    expect(toYaml({ title: 'Tip #1 for runners', topics: [] }, shape)).toBe('title: "Tip #1 for runners"\ndraft: false\n');
    expect(toYaml({ title: 'x '.repeat(100).trim() }, shape).split('\n')[0]).toBe(`title: ${'x '.repeat(100).trim()}`);
  });
  it('keeps the body after the frontmatter byte for byte, ending the file with one line break', () => {
    const body = '\nText with <BookingCTA service="x" /> and {/* a note */}\n\n<BookingCTA service="y" />\n';
    const text = `---\ntitle: A\ndraft: false\n---\n${body}`;
    const entry = parseEntry(text, shape);
    expect(entry).toEqual({ title: 'A', draft: false, body });
    expect(serializeEntry(entry, shape)).toBe(text);
    expect(serializeEntry({ title: 'A', draft: false, body: `${body}\n\n` }, shape)).toBe(text);
    // The editor hands back a body without the blank line after the frontmatter; the style has one.
    expect(serializeEntry({ title: 'A', draft: false, body: body.slice(1) }, shape)).toBe(text);
    expect(serializeData({ title: 'A', draft: true }, shape)).toBe('title: A\ndraft: true\n');
  });
  it('writes every switch, on or off, as the editor does on its first save: one left out is its default', () => {
    const withDefaults = shapeOf([
      { name: 'title', widget: 'string' },
      { name: 'accepting', widget: 'boolean', default: true },
      { name: 'closed', widget: 'boolean' },
    ]);
    expect(toYaml({ title: 'A' }, withDefaults)).toBe('title: A\naccepting: true\nclosed: false\n');
    expect(toYaml({ title: 'A', accepting: false, closed: true }, withDefaults)).toBe('title: A\naccepting: false\nclosed: true\n');
  });
  it('reads back what it writes, for any mix of values', () => {
    const value = { title: 'Quotes "inside" and: colons', ref: '0012', price: 95, draft: true, topics: ['back-pain'], geo: { latitude: '47.56150', longitude: '-52.71260' }, items: [{ minutes: 45, bookingRef: '71' }], body: '\nHello.\n' };
    expect(parseEntry(serializeEntry(value, shape), shape)).toEqual(value);
  });
});

describe('the booking box block', () => {
  it('reads the line articles hold and writes it back exactly', () => {
    const line = '<BookingCTA service="therapeutic-massage" />';
    const match = `Before.\n${line}\nAfter.`.match(BOOKING_LINE)!;
    expect(bookingBlock.fromBlock(match)).toEqual({ service: 'therapeutic-massage' });
    expect(bookingBlock.toBlock(bookingBlock.fromBlock(match))).toBe(line);
    expect(bookingLine('sports-massage')).toBe('<BookingCTA service="sports-massage" />');
    expect(bookingBlock.pattern.flags).not.toContain('g');
  });
  it('previews the service it books, escaped', () => {
    expect(bookingBlock.toPreview({ service: '<b>' })).toBe('<p><strong>Booking box</strong>: &lt;b&gt;</p>');
  });
});

describe('comments a save would drop', () => {
  it('are the lines holding a YAML comment alone, not a # inside a value or after one', () => {
    const yaml = ['# top', 'name: X # after a value', 'hours:', '  # inside a list', '  - { days: [Mon] }', 'description: >-', '  # a heading in a block value', '  text', 'quoted: "# text"', '# end'].join('\n');
    expect(wholeLineComments(yaml)).toEqual([1, 4, 10]);
    expect(wholeLineComments('name: X\n')).toEqual([]);
  });
});

