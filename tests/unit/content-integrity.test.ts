import { describe, expect, it } from 'vitest';
import { checkReferences, ContentError, findInlineBookingCtas, type EntryForCheck } from '../../src/lib/content-integrity';

const known = {
  services: new Set(['therapeutic-massage', 'deep-tissue-massage']),
  therapists: new Set(['maya-chen']),
};

const article = (over: Partial<EntryForCheck>): EntryForCheck => ({
  id: 'hip-balance',
  filePath: 'content/articles/hip-balance.mdx',
  body: 'Text.',
  refs: { author: { collection: 'therapists', id: 'maya-chen' }, services: [{ collection: 'services', id: 'therapeutic-massage' }] },
  ...over,
});

describe('checkReferences', () => {
  it('finds nothing wrong with good references', () => {
    expect(checkReferences([article({})], known)).toEqual([]);
  });
  it('names the file and the field of a missing author, and lists what exists', () => {
    const problems = checkReferences([article({ refs: { author: { collection: 'therapists', id: 'maya-chan' } } })], known);
    expect(problems).toEqual([
      { file: 'content/articles/hip-balance.mdx', field: 'author', message: 'no therapist "maya-chan" exists in content/therapists/ (known: maya-chen)' },
    ]);
  });
  it('names the position of a missing service in a list', () => {
    const problems = checkReferences(
      [article({ refs: { services: [{ collection: 'services', id: 'therapeutic-massage' }, { collection: 'services', id: 'hot-stone' }] } })],
      known,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'services[1]', message: expect.stringContaining('no service "hot-stone"') });
  });
  it('checks services named by <BookingCTA> in the body, with the line in the file', () => {
    const body = 'Intro.\n\n<BookingCTA service="hot-stone" />\n\nMore.\n<BookingCTA service=\'deep-tissue-massage\' />';
    const problems = checkReferences([article({ body })], known, () => 7);
    expect(problems).toEqual([
      {
        file: 'content/articles/hip-balance.mdx',
        field: '<BookingCTA service> on line 10',
        message: 'no service "hot-stone" exists in content/services/ (known: deep-tissue-massage, therapeutic-massage)',
      },
    ]);
  });
  it('reports a <BookingCTA> without a service', () => {
    const problems = checkReferences([article({ body: '<BookingCTA />' })], known);
    expect(problems[0]).toMatchObject({ field: '<BookingCTA> on line 1', message: expect.stringContaining('needs a service') });
  });
});

describe('findInlineBookingCtas', () => {
  it('finds every CTA and the service it names', () => {
    expect(findInlineBookingCtas('a\n<BookingCTA service="x" placement="inline" />\nb <BookingCTA\n  service="y"\n/>')).toEqual([
      { service: 'x', line: 2 },
      { service: 'y', line: 3 },
    ]);
  });
});

describe('ContentError', () => {
  it('puts every problem on its own line with file and field', () => {
    const error = new ContentError([
      { file: 'content/articles/a.mdx', field: 'author', message: 'no therapist "x"' },
      { file: 'content/articles/b.mdx', field: 'services[0]', message: 'no service "y"' },
    ]);
    expect(error.message).toBe(
      'Content check failed (2 problems):\n  content/articles/a.mdx: author: no therapist "x"\n  content/articles/b.mdx: services[0]: no service "y"',
    );
  });
});
