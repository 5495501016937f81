// Bad inputs in the clinic's facts, services and pages: each fails the build
// naming the file and the field, and content/ stays byte for byte as it was.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHashBefore, expectBuildToFail, hashTree, replaceIn, type BadInput } from './catalogue';
import { removeFixtures, ROOT } from './fixture';

afterAll(removeFixtures);

const CLINIC = 'content/clinic.yaml';
const SERVICE = 'content/services/deep-tissue-massage.md';
const schemaError = (file: string, field: string, message: string): string[] => ['does not match collection schema', `${field}: ${message}`, file];

const cases: BadInput[] = [
  {
    rule: 'a phone number not in E.164 form',
    edits: { [CLINIC]: replaceIn('e164: "+16045550142"', 'e164: "604 555 0142"') },
    expect: schemaError(CLINIC, 'phone.e164', 'phone.e164 must be in E.164 form: + country code and number, no spaces, e.g. "+16045550142"'),
  },
  {
    rule: 'a location with too few decimals',
    edits: { [CLINIC]: replaceIn('latitude: 49.28273', 'latitude: 49.283') },
    expect: schemaError(CLINIC, 'geo.latitude', 'geo.latitude needs at least 5 decimals (about 1 m), so that map pins land on the door'),
  },
  {
    rule: 'an unknown booking platform',
    edits: { [CLINIC]: replaceIn('platform: jane', 'platform: mindbody') },
    expect: schemaError(CLINIC, 'booking.platform', 'booking.platform must be one of jane, acuity, square, fresha, calendly, url'),
  },
  {
    rule: 'opening hours that close before they open',
    edits: { [CLINIC]: replaceIn('{ days: [Sat], opens: "10:00", closes: "16:00" }', '{ days: [Sat], opens: "16:00", closes: "10:00" }') },
    expect: ['does not match collection schema', 'hours closes must be later than opens', CLINIC],
  },
  {
    rule: 'a length with no price',
    edits: { [SERVICE]: replaceIn('{ minutes: 60, price: 135, bookingRef: "21" }', '{ minutes: 60, price: 0, bookingRef: "21" }') },
    expect: ['does not match collection schema', 'durations price must be above 0', SERVICE],
  },
  {
    rule: 'a length of no minutes',
    edits: { [SERVICE]: replaceIn('{ minutes: 90, price: 185, bookingRef: "22" }', '{ minutes: -90, price: 185, bookingRef: "22" }') },
    expect: ['does not match collection schema', 'durations minutes must be above 0', SERVICE],
  },
  {
    rule: 'a service without the booking reference the platform needs',
    edits: { [SERVICE]: replaceIn(/^bookingRef: .*\n/m, '') },
    expect: [`${SERVICE}: bookingRef: is required: the booking platform "jane" (content/clinic.yaml) opens a service from its id`],
  },
  {
    rule: 'a service offered by a therapist who does not exist',
    edits: { [SERVICE]: replaceIn('therapists: [daniel-okafor]', 'therapists: [daniel-okafor, sam-lee]') },
    expect: [`${SERVICE}: therapists[1]: no therapist "sam-lee" exists in content/therapists/`],
  },
  {
    rule: 'a policy page without its updated date',
    edits: { 'content/pages/privacy.md': replaceIn(/^updatedDate: .*\n/m, '') },
    expect: schemaError('content/pages/privacy.md', 'updatedDate', 'updatedDate must be a date written like 2026-11-20'),
  },
];

describe('bad site input fails the build with the file and the field named', () => {
  it.each(cases.map((c) => [c.rule, c] as const))('%s', (_rule, input) => {
    expectBuildToFail(input);
  }, 120_000);

  it('and leaves the project’s own content/ byte for byte unchanged', () => {
    expect(hashTree(join(ROOT, 'content'))).toBe(contentHashBefore);
  });
});
