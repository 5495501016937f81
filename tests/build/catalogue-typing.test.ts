// @module-tag fixture-only
// What staff naturally type that YAML or MDX would silently change or cannot
// read: each fails the build with the file, the line and what to write instead
// (not a parser's stack), and neither content/ nor the fixture clinic changes.
// (What staff type that is fine, such as ids and coordinates without quotes, is
// in the fixture clinic itself and checked by behaviour.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalogue, hashesBefore, hashesNow, lineOf, replaceIn, type BadInput } from './catalogue';
import { removeFixtures } from '../../scripts/lib/fixtures/copies.ts';

afterAll(removeFixtures);

const SHOULDER = 'content/articles/shoulder-tension-at-work.mdx';
const SLEEP = 'content/articles/sleep-and-recovery.mdx';
const SERVICE = 'content/services/hot-stone-massage.md';
const CLINIC = 'content/clinic.yaml';
const TITLE = lineOf(SLEEP, 'title:');
const BODY = lineOf(SLEEP, 'Most adults need');
/** Puts a line of text into the sleep article's body, after its first paragraph. */
const inBody = (text: string) => replaceIn('Athletes in a hard block often need more.', `Athletes in a hard block often need more.\n\n${text}`);
const bodyLine = BODY + 2;
const noStack = /Stack trace:[\s\S]*(micromark|mdx-js|@mdx-js|js-yaml)/;

const cases: Array<BadInput & { line?: string }> = [
  {
    rule: 'an unquoted title with ": " in it',
    edits: { [SLEEP]: replaceIn(/^title: .*$/m, 'title: Sleep: where recovery happens') },
    expect: [`${SLEEP}: line ${TITLE}: the value has ": " in it, which YAML reads as a new field: put the whole value in quotes, e.g. title: "Sleep: where recovery happens"`],
  },
  {
    rule: 'an unquoted title with " #" in it (YAML would drop the rest as a comment)',
    edits: { [SLEEP]: replaceIn(/^title: .*$/m, 'title: Sleep tip #1 for runners') },
    expect: [`${SLEEP}: line ${TITLE}: "#1 for runners" is read as a comment and dropped, keeping only "Sleep tip": if it is part of the value, put the whole value in quotes, e.g. "Sleep tip #1 for runners"`],
  },
  {
    rule: 'an id with a leading zero, without quotes',
    edits: { [SERVICE]: replaceIn('bookingRef: "8"', 'bookingRef: 008') },
    expect: [`${SERVICE}: line ${lineOf(SERVICE, 'bookingRef: "8"')}: 008 is read as the number 8, losing its leading zero: put it in quotes, "008"`],
  },
  {
    rule: 'a field written twice',
    edits: { [CLINIC]: replaceIn('email: desk@harbourlight.example', 'email: desk@harbourlight.example\nemail: info@harbourlight.example') },
    expect: [`${CLINIC}: line ${lineOf(CLINIC, 'email:') + 1}: "email" is written twice: keep one of them`],
  },
  {
    rule: 'a bare < in an article',
    edits: { [SLEEP]: inBody('Aim for < 2 hours of screens after dinner.') },
    expect: [`${SLEEP}: line ${bodyLine}: a < on its own starts a tag in MDX: write "less than" or &lt; instead`],
  },
  {
    rule: 'a bare { in an article',
    edits: { [SLEEP]: inBody('Sleep {at least} seven hours.') },
    expect: [`${SLEEP}: line ${bodyLine}: a { runs code in MDX: write \\{ to show the character itself`],
  },
  {
    rule: 'an HTML comment in an article',
    edits: { [SLEEP]: inBody('<!-- check this with Luc -->') },
    expect: [`${SLEEP}: line ${bodyLine}: HTML comments <!-- --> do not work in MDX: write {/* your note */} instead, or delete it`],
  },
  {
    rule: 'a <br> without its slash',
    edits: { [SLEEP]: inBody('First line<br>second line') },
    expect: [`${SLEEP}: line ${bodyLine}: write <br /> with a slash before the > (MDX needs it), or end the line with a backslash \\ for a line break`],
  },
  {
    rule: 'a tag that is never closed',
    edits: { [SLEEP]: inBody('This is <strong>important.') },
    expect: [`${SLEEP}: line ${bodyLine}: <strong> is never closed: add </strong> where it ends, or write **bold** instead`],
  },
  {
    rule: 'a component the site does not have',
    edits: { [SLEEP]: inBody('<Callout>Sleep first.</Callout>') },
    expect: [`${SLEEP}: line ${bodyLine}: <Callout> is not a component this site has: the ones articles can use are <BookingCTA … />`],
  },
  {
    rule: 'a <BookingCTA> without the slash that closes it',
    edits: { [SHOULDER]: replaceIn('<BookingCTA service="sports-massage" />', '<BookingCTA service="sports-massage">') },
    expect: [`${SHOULDER}: line ${lineOf(SHOULDER, '<BookingCTA service="sports-massage" />')}: a component needs a slash before its >: write <BookingCTA service="sports-massage" />`],
  },
  {
    rule: 'a web address in angle brackets',
    edits: { [SLEEP]: inBody('More at <https://sleep.example/guide>.') },
    expect: [`${SLEEP}: line ${bodyLine}: <https://sleep.example/guide> is not a link in MDX: write [https://sleep.example/guide](https://sleep.example/guide) instead`],
  },
];

describe('what staff type that would be lost or cannot be read fails with the file, the line and what to write', () => {
  const catalogue = new Catalogue(cases);
  beforeAll(() => catalogue.buildTogether(), 600_000);
  it.each(cases.map((c) => [c.rule, c] as const))('%s', (_rule, input) => {
    const output = catalogue.expectToFail(input);
    expect(output, 'a plain message, not a parser stack').not.toMatch(noStack);
  }, 120_000);

  it('and leaves the project’s content/ and the fixture clinic byte for byte unchanged', () => {
    expect(hashesNow()).toEqual(hashesBefore);
  });
});
