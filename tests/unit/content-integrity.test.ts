import { describe, expect, it } from 'vitest';
import { checkReferences, ContentError, findInlineBookingCtas, offeringsThatDisagree, offeringsWithNoPlace, type EntryForCheck } from '../../src/lib/content/integrity';

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

import { duplicateIds, entryIdFromPath, findImagesWithoutAlt } from '../../src/lib/content/integrity';

describe('findImagesWithoutAlt', () => {
  it('finds Markdown and HTML images with no or empty alt text, with their lines', () => {
    const body = 'Intro\n![](./hip.jpg)\n![A hip](./ok.jpg)\n<img src="/a.png">\n<img src="/b.png" alt="">\n<img src="/c.png" alt="Fine" />\n![ ](x.png)';
    expect(findImagesWithoutAlt(body)).toEqual([
      { line: 2, image: './hip.jpg' },
      { line: 4, image: '/a.png' },
      { line: 5, image: '/b.png' },
      { line: 7, image: 'x.png' },
    ]);
  });
});

describe('duplicate addresses', () => {
  it('derives ids as the content loader does', () => {
    expect(entryIdFromPath('Hip Balance.mdx')).toBe('hip-balance');
    expect(entryIdFromPath('policies/cancellation.md')).toBe('policies/cancellation');
  });
  it('names both files when two would be published at one address', () => {
    expect(duplicateIds('articles', ['knee.md', 'knee.mdx', 'hip.mdx'])).toEqual([
      { file: 'content/articles/knee.mdx', field: '(file name)', message: 'has the same address "knee" as content/articles/knee.md; rename one of them (only one can be published)' },
    ]);
    expect(duplicateIds('articles', ['a.mdx', 'b.mdx'])).toEqual([]);
  });
});

import { editDistance, unknownFieldMessage } from '../../src/lib/content/integrity';

describe('unknown fields', () => {
  it('suggests the field that was probably meant, and explains slug', () => {
    expect(editDistance('tittle', 'title')).toBe(1);
    expect(unknownFieldMessage('tittle', 'an article', ['title', 'description'])).toBe('tittle is not a field of an article (did you mean title?); the fields are title, description');
    expect(unknownFieldMessage('slug', 'an article', ['title'])).toBe('slug is not a field of an article (the address comes from the file name: rename the file instead); the fields are title');
    expect(unknownFieldMessage('colour', 'an article', ['title'])).toBe('colour is not a field of an article; the fields are title');
  });
});

describe('who offers what, said on both sides', () => {
  const refs = (...ids: string[]) => ids.map((id) => ({ id }));
  const therapists = [
    { id: 'ana', filePath: 'content/therapists/ana.md', services: refs('sports', 'hot-stone') },
    { id: 'ben', filePath: 'content/therapists/ben.md', services: refs('sports') },
  ];

  it('accepts lists that agree', () => {
    const services = [
      { id: 'sports', filePath: 'content/services/sports.md', therapists: refs('ana', 'ben') },
      { id: 'hot-stone', filePath: 'content/services/hot-stone.md', therapists: refs('ana') },
    ];
    expect(offeringsThatDisagree(therapists, services)).toEqual([]);
  });

  it('names the file that leaves a pair out, on either side, and what to write', () => {
    const services = [
      { id: 'sports', filePath: 'content/services/sports.md', therapists: refs('ana') },
      { id: 'hot-stone', filePath: 'content/services/hot-stone.md', therapists: refs('ana', 'ben') },
    ];
    const problems = offeringsThatDisagree(therapists, services);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/services/sports.md', 'therapists'],
      ['content/therapists/ben.md', 'services'],
    ]);
    expect(problems[0]!.message).toContain('does not list "ben", whose file (content/therapists/ben.md) lists this entry under services');
    expect(problems[1]!.message).toContain('add "hot-stone" here, or remove "ben" there');
  });

  it('leaves a reference to an entry that does not exist to the reference check', () => {
    expect(offeringsThatDisagree([{ id: 'ana', services: refs('gone') }], [])).toEqual([]);
  });
});

describe('every service a therapist offers, somewhere they practise', () => {
  const at = (...ids: string[]) => ids.map((id) => ({ id }));
  const services = [
    { id: 'sports', filePath: 'content/services/sports.md', locations: at('east') },
    { id: 'hot-stone', filePath: 'content/services/hot-stone.md', locations: at() },
  ];
  it('accepts a therapist who shares a location with each of their services (none named: every one)', () => {
    expect(offeringsWithNoPlace([{ id: 'ana', services: at('sports', 'hot-stone'), locations: at('east', 'west') }], services, ['east', 'west'])).toEqual([]);
    expect(offeringsWithNoPlace([{ id: 'ana', services: at('sports'), locations: at() }], services, ['east', 'west'])).toEqual([]);
  });
  it('names the therapist\'s file, the service\'s file and both lists of places where they share none', () => {
    const problems = offeringsWithNoPlace([{ id: 'ben', filePath: 'content/therapists/ben.md', services: at('sports', 'hot-stone'), locations: at('west') }], services, ['east', 'west']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/therapists/ben.md', field: 'locations' });
    expect(problems[0]!.message).toContain('shares no location with "sports"');
    expect(problems[0]!.message).toContain('content/services/sports.md offers it at east, and this therapist practises at west');
  });
});
