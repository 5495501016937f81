// Counting visits and clicks to book (src/lib/analytics/): what a click is counted as, where counts may go,
// and what clinic.yaml's analytics setting refuses, naming the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookEvent } from '../../src/lib/analytics/events';
import { analyticsOrigin, endpointProblem, isSiteDomain, PLAUSIBLE_ENDPOINT } from '../../src/lib/analytics/settings';
import { clinicSettings } from '../../src/lib/clinic/settings';
import { buildCsp } from '../../src/lib/hosting/csp';
import { schemas } from '../../src/content-schema';
import { imageStandIn } from '../../src/lib/editor/config';
import { parseClinicYaml } from '../../src/loaders/clinic-file';
import { FIXTURE_CONTENT } from '../../scripts/lib/project-copy';

describe('a click on a booking link', () => {
  it('is one "Book" event with where it was clicked, and the article it was in', () => {
    expect(bookEvent({ placement: 'article-end', article: 'knee-pain' })).toEqual({ name: 'Book', props: { placement: 'article', article: 'knee-pain' } });
    expect(bookEvent({ placement: 'inline', article: 'knee-pain' }).props).toEqual({ placement: 'article', article: 'knee-pain' });
    const placements = ['service', 'therapist', 'hub', 'header', 'menu', 'mobile-bar', 'home-hero', 'location', undefined].map((placement) => bookEvent({ placement }).props.placement);
    expect(placements).toEqual(['service', 'therapist', 'hub', 'header', 'header', 'mobile bar', 'home', 'location', 'other']);
  });
  it('never carries the therapist, the treatment or the booking address', () => {
    const link = { placement: 'service', service: 'deep-tissue', therapist: 'maya-chen', href: 'https://clinic.janeapp.com/#/staff_member/4' };
    expect(Object.keys(bookEvent(link).props)).toEqual(['placement']);
  });
});

describe('where counts go', () => {
  it('to Plausible unless the clinic names its own endpoint; the policy allows that one origin', () => {
    expect(analyticsOrigin({})).toBe(new URL(PLAUSIBLE_ENDPOINT).origin);
    expect(analyticsOrigin({ endpoint: 'https://stats.clinic.example/api/event' })).toBe('https://stats.clinic.example');
    const yaml = (analytics: string) => `name: A\nurl: https://clinic.example\n${analytics}`;
    expect(clinicSettings(yaml('')).connect).toEqual([]);
    expect(clinicSettings(yaml('analytics:\n  provider: plausible\n  domain: clinic.example\n')).connect).toEqual([new URL(PLAUSIBLE_ENDPOINT).origin]);
    expect(clinicSettings(yaml('analytics:\n  provider: plausible\n  domain: clinic.example\n  endpoint: https://stats.clinic.example/api/event\n')).connect).toEqual(['https://stats.clinic.example']);
    expect(buildCsp({ scriptHashes: [], styleHashes: [] })).toContain("connect-src 'self';");
    expect(buildCsp({ scriptHashes: [], styleHashes: [], connect: ['https://stats.clinic.example'] })).toContain("connect-src 'self' https://stats.clinic.example;");
  });
  it('an endpoint is https, or plain http on the machine itself only (a stand-in for tests)', () => {
    expect(endpointProblem('https://stats.clinic.example/api/event')).toBeUndefined();
    expect(endpointProblem('http://127.0.0.1:4500/api/event')).toBeUndefined();
    expect(endpointProblem('http://localhost:4500/api/event')).toBeUndefined();
    expect(endpointProblem('http://stats.clinic.example/api/event')).toMatch(/must start with https:\/\//);
    expect(endpointProblem('stats.clinic.example')).toMatch(/must be a full address/);
  });
  it('the domain is the site’s own, with or without www.', () => {
    expect(isSiteDomain('clinic.example', 'https://www.clinic.example/')).toBe(true);
    expect(isSiteDomain('www.clinic.example', 'https://clinic.example/')).toBe(true);
    expect(isSiteDomain('other.example', 'https://clinic.example/')).toBe(false);
  });
});

describe('analytics in clinic.yaml', () => {
  // The fixture clinic's facts, with the setting under test.
  const fixture = parseClinicYaml(readFileSync(join(FIXTURE_CONTENT, 'clinic.yaml'), 'utf8'), 'content/clinic.yaml');
  const domain = new URL(String(fixture['url'])).hostname;
  const parse = (analytics: unknown) => {
    const result = schemas.clinic({ image: imageStandIn }).safeParse({ ...fixture, analytics });
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('is off when absent, and on with a provider and the site’s domain', () => {
    expect(parse(undefined)).toEqual([]);
    expect(parse({ provider: 'plausible', domain })).toEqual([]);
    expect(parse({ provider: 'plausible', domain, endpoint: 'https://stats.example.org/api/event' })).toEqual([]);
  });
  it('refuses, naming the field: an endpoint that is not https, a domain that is not the site’s, an unknown provider', () => {
    expect(parse({ provider: 'plausible', domain, endpoint: 'http://stats.example.org/api/event' })).toEqual([expect.stringMatching(/^analytics\.endpoint: analytics\.endpoint must start with https:\/\//)]);
    expect(parse({ provider: 'plausible', domain: 'another.example' })).toEqual([`analytics.domain: analytics.domain must be the site’s own domain, ${domain.replace(/^www\./, '')} (from url)`]);
    expect(parse({ provider: 'google', domain })).toEqual([expect.stringMatching(/^analytics\.provider: analytics\.provider must be plausible/)]);
  });
});
