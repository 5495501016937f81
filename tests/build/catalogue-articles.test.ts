// @module-tag fixture-only
// Bad input in articles: each fails the build naming the file and the field or
// line, and neither content/ nor the fixture clinic changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalogue, hashesBefore, hashesNow, lineOf, replaceIn, type BadInput, SCHEMA_MISMATCH } from './catalogue';
import { FIXTURE_CONTENT, removeFixtures } from '../../scripts/lib/fixtures/copies.ts';

afterAll(removeFixtures);

const SHOULDER = 'content/articles/shoulder-tension-at-work.mdx';
const SLEEP = 'content/articles/sleep-and-recovery.mdx';
const heroPng = await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#7fbab3' } }).png().toBuffer();
const fixtureText = (file: string) => readFileSync(join(FIXTURE_CONTENT, file.replace(/^content\//, '')), 'utf8');

const schemaError = (file: string, field: string, message: string | RegExp): Array<string | RegExp> => [
  SCHEMA_MISMATCH,
  typeof message === 'string' ? `${field}: ${message}` : message,
  file,
];

export const articleCases: BadInput[] = [
  { rule: 'a required field is missing', edits: { [SHOULDER]: replaceIn(/^title: .*\n/m, '') }, expect: schemaError(SHOULDER, 'title', 'title is required: the heading and the title in search results') },
  {
    rule: 'a title too long for search results',
    edits: { [SHOULDER]: replaceIn(/^title: .*$/m, 'title: "Shoulder Tension at Work: Everything You Ever Wanted to Know"') },
    expect: schemaError(SHOULDER, 'title', 'title must be at most 55 characters, so that "title | clinic name" fits in search results'),
  },
  {
    rule: 'a description too long for search results',
    edits: { [SHOULDER]: replaceIn(/^description: .*$/m, `description: ${'Shoulders and necks. '.repeat(10)}`) },
    expect: schemaError(SHOULDER, 'description', 'description must be at most 160 characters; it is shown in search results'),
  },
  { rule: 'a date that is not a date', edits: { [SHOULDER]: replaceIn(/^publishedDate: .*$/m, 'publishedDate: next week') }, expect: schemaError(SHOULDER, 'publishedDate', 'publishedDate must be a date written like 2026-11-20 (year-month-day)') },
  {
    rule: 'a year alone, which YAML reads as a number (it would be 1 January 1970)',
    edits: { [SHOULDER]: replaceIn(/^publishedDate: .*$/m, 'publishedDate: 2026') },
    expect: schemaError(SHOULDER, 'publishedDate', 'publishedDate must be a date written like 2026-11-20 (year-month-day); 2026 alone is read as a number, not a date'),
  },
  {
    rule: 'a date written day/month or month/day',
    edits: { [SHOULDER]: replaceIn(/^publishedDate: .*$/m, 'publishedDate: 11/12/2026') },
    expect: schemaError(SHOULDER, 'publishedDate', 'publishedDate must be a date written like 2026-11-20 (year-month-day); "11/12/2026" could mean two different days'),
  },
  {
    rule: 'a date that is not on the calendar',
    edits: { [SHOULDER]: replaceIn(/^updatedDate: .*$/m, 'updatedDate: "2026-02-30"') },
    expect: schemaError(SHOULDER, 'updatedDate', 'updatedDate must be a date written like 2026-11-20: 2026-02-30 is not a day of the calendar'),
  },
  { rule: 'updated before published', edits: { [SHOULDER]: replaceIn(/^updatedDate: .*$/m, 'updatedDate: 2026-01-01') }, expect: schemaError(SHOULDER, 'updatedDate', 'updatedDate must not be before publishedDate') },
  {
    rule: 'a review dated after the day the build publishes for',
    edits: { [SHOULDER]: replaceIn(/^lastReviewed: .*$/m, 'lastReviewed: 2098-03-01') },
    expect: [`${SHOULDER}: lastReviewed: is 2098-03-01, after today (`, 'write the day the reviewer checked the article, not a day to come'],
  },
  {
    rule: 'a reviewer without the date they reviewed it',
    edits: { [SHOULDER]: replaceIn(/^lastReviewed: .*\n/m, '') },
    expect: schemaError(SHOULDER, 'lastReviewed', 'lastReviewed is required when the article has a reviewer (the date they checked it)'),
  },
  {
    rule: 'a misspelt field (tittle:), which would otherwise be dropped without a word',
    edits: { [SLEEP]: replaceIn(/^title: (.*)$/m, 'title: $1\ntittle: A typo') },
    expect: schemaError(SLEEP, 'tittle', 'tittle is not a field of an article (did you mean title?); the fields are title, description, publishedDate'),
  },
  {
    rule: 'a slug field, which Astro would use as the address, silently replacing another article',
    edits: { [SLEEP]: replaceIn(/^title: (.*)$/m, 'title: $1\nslug: shoulder-tension-at-work') },
    expect: schemaError(SLEEP, 'slug', 'slug is not a field of an article (the address comes from the file name: rename the file instead)'),
  },
  { rule: 'an author who does not exist', edits: { [SHOULDER]: replaceIn('author: ada-brennan', 'author: ada-brenan') }, expect: [`${SHOULDER}: author: no therapist "ada-brenan" exists in content/therapists/ (known: ada-brennan, luc-tremblay)`] },
  { rule: 'a reviewer who does not exist', edits: { [SHOULDER]: replaceIn('reviewer: luc-tremblay', 'reviewer: luke-tremblay') }, expect: [`${SHOULDER}: reviewer: no therapist "luke-tremblay" exists in content/therapists/`] },
  {
    rule: 'a related service that does not exist',
    edits: { [SHOULDER]: replaceIn('services: [sports-massage]', 'services: [sports-massage, cupping]') },
    expect: [`${SHOULDER}: services[1]: no service "cupping" exists in content/services/ (known: hot-stone-massage, sports-massage)`],
  },
  { rule: 'a topic that does not exist', edits: { [SHOULDER]: replaceIn('topics: [shoulders]', 'topics: [shoulders, knees]') }, expect: [`${SHOULDER}: topics[1]: no topic "knees" exists in content/topics/`] },
  {
    rule: 'a <BookingCTA> naming a service that does not exist',
    edits: { [SLEEP]: replaceIn('<BookingCTA service="hot-stone-massage" />', '<BookingCTA service="cupping" />') },
    expect: [`${SLEEP}: <BookingCTA service> on line ${lineOf(SLEEP, '<BookingCTA service="hot-stone-massage" />')}: no service "cupping" exists in content/services/`],
  },
  {
    rule: 'an image in the body without alt text',
    edits: { [SLEEP]: replaceIn('## A calm evening', '![](/favicon.svg)\n\n## A calm evening') },
    expect: [`${SLEEP}: image on line ${lineOf(SLEEP, '## A calm evening')}: /favicon.svg has no alt text`],
  },
  {
    rule: 'a hero image without alt text',
    edits: { 'content/articles/hero.png': () => heroPng, [SHOULDER]: replaceIn(/^topics:/m, 'hero:\n  src: ./hero.png\ntopics:') },
    expect: schemaError(SHOULDER, 'hero.alt', 'hero needs alt text: describe the picture for people who cannot see it'),
  },
  {
    rule: 'two articles with the same address (another extension)',
    edits: { 'content/articles/shoulder-tension-at-work.md': () => fixtureText(SHOULDER) },
    expect: [/content\/articles\/shoulder-tension-at-work\.mdx?: \(file name\): has the same address "shoulder-tension-at-work" as content\/articles\/shoulder-tension-at-work\.mdx?/],
  },
  {
    rule: 'two articles with the same address (another case)',
    edits: { 'content/articles/Shoulder-Tension-At-Work.mdx': () => fixtureText(SHOULDER) },
    expect: [/content\/articles\/(Shoulder-Tension-At-Work|shoulder-tension-at-work)\.mdx: \(file name\): has the same address "shoulder-tension-at-work"/],
  },
  {
    rule: 'an article in a sub-folder, which would not be published',
    edits: { 'content/articles/2026/knee-pain.mdx': () => fixtureText(SLEEP) },
    expect: ['content/articles/2026/knee-pain.mdx: (file name): articles are read from content/articles/ itself, not from sub-folders: move it to content/articles/knee-pain.mdx'],
  },
  {
    rule: 'a link in the body to a page the build does not produce',
    edits: { [SLEEP]: replaceIn('put the phone in another room.', 'put the phone in another room, or read [our prices](/pricing/).') },
    expect: [`${SLEEP}: line ${lineOf(SLEEP, 'put the phone in another room.')}: link to "/pricing/": no such file in dist/`],
  },
  {
    rule: 'a link to a page without its trailing slash',
    edits: { [SLEEP]: replaceIn('put the phone in another room.', 'put the phone in another room, or see [our services](/services).') },
    expect: [`${SLEEP}: line ${lineOf(SLEEP, 'put the phone in another room.')}: link to "/services": is a folder: end the link with a slash, /services/`],
  },
  {
    rule: 'an absolute link to a page of the site’s own address that does not exist',
    edits: { [SLEEP]: replaceIn('put the phone in another room.', 'put the phone in another room ([prices](https://harbourlight.example/pricing/)).') },
    expect: [`${SLEEP}: line ${lineOf(SLEEP, 'put the phone in another room.')}: link to "https://harbourlight.example/pricing/": no such file in dist/`],
  },
  {
    rule: 'words the regulator forbids in health advertising, in the body and in the frontmatter',
    edits: {
      [SLEEP]: (source: string | undefined) =>
        replaceIn('Most adults need', 'Sleep is a guaranteed cure. Most adults need')(replaceIn(/^title: .+$/m, 'title: "Sleep Advice From a Specialist"')(source)),
    },
    expect: [
      `${SLEEP}: line ${lineOf(SLEEP, 'title: ')}: "Specialist" is a word the regulator does not allow in health advertising`,
      `${SLEEP}: line ${lineOf(SLEEP, 'Most adults need')}: "guaranteed" is a word the regulator does not allow`,
      `${SLEEP}: line ${lineOf(SLEEP, 'Most adults need')}: "cure" is a word`,
      "add it to this file's allowWords with the reason",
    ],
  },
  {
    rule: 'a finished article still holding a scaffold placeholder',
    edits: { [SLEEP]: replaceIn('Most adults need', 'TODO: intro. Most adults need') },
    expect: [`${SLEEP}: body: still has a TODO placeholder`],
  },
];

describe('bad article input fails the build with the file and the field or line named', () => {
  const catalogue = new Catalogue(articleCases);
  beforeAll(() => catalogue.buildTogether(), 600_000);
  it.each(articleCases.map((c) => [c.rule, c] as const))('%s', (_rule, input) => {
    catalogue.expectToFail(input);
  }, 120_000);

  it('and leaves the project’s content/ and the fixture clinic byte for byte unchanged', () => {
    expect(hashesNow()).toEqual(hashesBefore);
  });
});
