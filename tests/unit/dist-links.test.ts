import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenReferencesInDist as brokenReferences } from '../../src/integrations/dist-links';

const dist = mkdtempSync(join(tmpdir(), 'dist-links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const write = (path: string, html: string) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), html);
};
write('services/index.html', '<h1 id="top">Services</h1>');
write('logo.svg', '<svg/>');

describe('brokenReferences', () => {
  it('passes links to built pages, files and fragments, and other sites', () => {
    write('index.html', '<a href="/services/">a</a><a href="/services/#top">b</a><img src="/logo.svg" alt=""><a href="https://else.example/x">c</a><a href="tel:+1">d</a>');
    expect(brokenReferences(dist, 'https://clinic.example')).toEqual([]);
  });
  it('refuses a link to a folder without its trailing slash (a static host would not serve it)', () => {
    write('index.html', '<a href="/services">a</a>');
    expect(brokenReferences(dist, 'https://clinic.example')).toEqual([{ page: '/', reference: '/services', why: 'is a folder: end the link with a slash, /services/' }]);
  });
  it('checks absolute links to the site’s own address like relative ones', () => {
    write('index.html', '<a href="https://clinic.example/pricing/">a</a><a href="https://clinic.example/services/#nope">b</a><a href="https://clinic.example/services/">c</a>');
    expect(brokenReferences(dist, 'https://clinic.example')).toEqual([
      { page: '/', reference: 'https://clinic.example/pricing/', why: 'no such file in dist/' },
      { page: '/', reference: 'https://clinic.example/services/#nope', why: 'no element with id "nope"' },
    ]);
  });
});
