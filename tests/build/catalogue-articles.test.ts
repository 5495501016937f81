// Bad inputs in articles: each fails the build naming the file and the field,
// and content/ stays byte for byte as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHashBefore, expectBuildToFail, hashTree, replaceIn, type BadInput } from './catalogue';
import { removeFixtures, ROOT } from './fixture';

afterAll(removeFixtures);

const SEED = 'content/articles/hip-balance-and-lower-back-pain.mdx';
const FIRST_VISIT = 'content/articles/your-first-massage-therapy-appointment.mdx';
/** The line of a file (1-based) that contains a text, in the project as shipped. */
const lineOf = (file: string, text: string) => readFileSync(join(ROOT, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
const heroPng = await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#7fbab3' } }).png().toBuffer();

const schemaError = (file: string, field: string, message: string | RegExp): Array<string | RegExp> => [
  'does not match collection schema',
  typeof message === 'string' ? `${field}: ${message}` : message,
  file,
];

const cases: BadInput[] = [
  { rule: 'a required field is missing', edits: { [SEED]: replaceIn(/^title: .*\n/m, '') }, expect: schemaError(SEED, 'title', 'title is required: the heading and the title in search results') },
  {
    rule: 'a title too long for search results',
    edits: { [SEED]: replaceIn(/^title: .*$/m, 'title: "Hip Balance and Lower Back Pain: Everything You Ever Wanted to Know"') },
    expect: schemaError(SEED, 'title', 'title must be at most 55 characters, so that "title | clinic name" fits in search results'),
  },
  {
    rule: 'a description too long for search results',
    edits: { [SEED]: replaceIn(/^description: .*$/m, `description: ${'Hips and backs. '.repeat(12)}`) },
    expect: schemaError(SEED, 'description', 'description must be at most 160 characters; it is shown in search results'),
  },
  { rule: 'a date that is not a date', edits: { [SEED]: replaceIn(/^publishedDate: .*$/m, 'publishedDate: next week') }, expect: schemaError(SEED, 'publishedDate', 'publishedDate must be a date written like 2026-11-20') },
  {
    rule: 'updated before published',
    edits: { [SEED]: replaceIn(/^updatedDate: .*$/m, 'updatedDate: 2026-01-01') },
    expect: schemaError(SEED, 'updatedDate', 'updatedDate must not be before publishedDate'),
  },
  {
    rule: 'a published date in the future on an article that is not a draft',
    edits: { [SEED]: (s) => replaceIn(/^updatedDate: .*$/m, 'updatedDate: 2099-01-01')(replaceIn(/^publishedDate: .*$/m, 'publishedDate: 2099-01-01')(replaceIn(/^lastReviewed: .*$/m, 'lastReviewed: 2099-01-01')(s))) },
    expect: schemaError(SEED, 'publishedDate', 'publishedDate is in the future: set draft: true until the article is ready, or use today’s date'),
  },
  {
    rule: 'a reviewer without the date they reviewed it',
    edits: { [SEED]: replaceIn(/^lastReviewed: .*\n/m, '') },
    expect: schemaError(SEED, 'lastReviewed', 'lastReviewed is required when the article has a reviewer (the date they checked it)'),
  },
  { rule: 'an author who does not exist', edits: { [SEED]: replaceIn('author: maya-chen', 'author: maya-chan') }, expect: [`${SEED}: author: no therapist "maya-chan" exists in content/therapists/`] },
  { rule: 'a reviewer who does not exist', edits: { [SEED]: replaceIn('reviewer: daniel-okafor', 'reviewer: dan-okafor') }, expect: [`${SEED}: reviewer: no therapist "dan-okafor" exists in content/therapists/`] },
  {
    rule: 'a related service that does not exist',
    edits: { [SEED]: replaceIn('services: [therapeutic-massage, deep-tissue-massage]', 'services: [therapeutic-massage, hot-stone-massage]') },
    expect: [`${SEED}: services[1]: no service "hot-stone-massage" exists in content/services/`],
  },
  { rule: 'a topic that does not exist', edits: { [SEED]: replaceIn('topics: [back-pain, hip-health]', 'topics: [back-pain, knees]') }, expect: [`${SEED}: topics[1]: no topic "knees" exists in content/topics/`] },
  {
    rule: 'a <BookingCTA> naming a service that does not exist',
    edits: { [FIRST_VISIT]: replaceIn('<BookingCTA service="relaxation-massage" />', '<BookingCTA service="hot-stone-massage" />') },
    expect: [`${FIRST_VISIT}: <BookingCTA service> on line ${lineOf(FIRST_VISIT, '<BookingCTA service="relaxation-massage" />')}: no service "hot-stone-massage" exists in content/services/`],
  },
  {
    rule: 'an image in the body without alt text',
    edits: { [FIRST_VISIT]: replaceIn('## Afterwards', '![](/favicon.svg)\n\n## Afterwards') },
    expect: [`${FIRST_VISIT}: image on line ${lineOf(FIRST_VISIT, '## Afterwards')}: /favicon.svg has no alt text`],
  },
  {
    rule: 'a hero image without alt text',
    edits: { 'content/articles/hero.png': () => heroPng, [SEED]: replaceIn(/^topics:/m, 'hero:\n  src: ./hero.png\ntopics:') },
    expect: schemaError(SEED, 'hero.alt', 'hero needs alt text: describe the picture for people who cannot see it'),
  },
  {
    rule: 'two articles with the same address',
    // A valid copy under another extension: only the clash is wrong.
    edits: { 'content/articles/hip-balance-and-lower-back-pain.md': () => readFileSync(join(ROOT, SEED), 'utf8') },
    expect: [/content\/articles\/hip-balance-and-lower-back-pain\.mdx?: \(file name\): has the same address "hip-balance-and-lower-back-pain"/],
  },
  {
    rule: 'a link in the body to a page the build does not produce',
    edits: { [FIRST_VISIT]: replaceIn('call the clinic.', 'call the clinic or read [our prices](/pricing/).') },
    expect: [`${FIRST_VISIT}: line ${lineOf(FIRST_VISIT, 'call the clinic.')}: link to "/pricing/": no such file in dist/`],
  },
  {
    rule: 'a finished article still holding a scaffold placeholder',
    edits: { [SEED]: replaceIn('Lower back pain is a common ailment', 'TODO: intro. Lower back pain is a common ailment') },
    expect: [`${SEED}: body: still has a TODO placeholder`],
  },
];

describe('bad article input fails the build with the file and the field named', () => {
  it.each(cases.map((c) => [c.rule, c] as const))('%s', (_rule, input) => {
    expectBuildToFail(input);
  }, 120_000);

  it('and leaves the project’s own content/ byte for byte unchanged', () => {
    expect(hashTree(join(ROOT, 'content'))).toBe(contentHashBefore);
  });
});
