// A page's reference (src/lib/routes/page-ref.ts): its address in its language, and the list it belongs to.
import { describe, expect, it } from 'vitest';
import { pathOf, sectionOf, type PageRef } from '../../src/lib/routes/page-ref';

const article: PageRef = { kind: 'article', id: 'knee-pain', language: 'en', source: 'content/articles/knee-pain.mdx' };

describe('pathOf', () => {
  it('gives each kind its address, the first language at the root and the others under their code', () => {
    expect(pathOf(article, 'en')).toBe('/articles/knee-pain/');
    expect(pathOf({ ...article, language: 'fr' }, 'en')).toBe('/fr/articles/knee-pain/');
    // A clinic whose first language is French has its French pages at the root.
    expect(pathOf({ ...article, language: 'fr' }, 'fr')).toBe('/articles/knee-pain/');
    expect(pathOf({ ...article, language: 'en' }, 'fr')).toBe('/en/articles/knee-pain/');
    expect(pathOf({ kind: 'home', language: 'fr' }, 'en')).toBe('/fr/');
    expect(pathOf({ kind: 'contact', language: 'en' }, 'en')).toBe('/contact/');
    expect(pathOf({ kind: 'page', id: 'policies/cancellation', language: 'en', source: undefined }, 'en')).toBe('/policies/cancellation/');
    expect(pathOf({ kind: 'location', id: 'east-end', language: 'fr', source: undefined }, 'en')).toBe('/fr/locations/east-end/');
  });
  it('numbers the article list from its second page', () => {
    expect(pathOf({ kind: 'articles', page: 1, language: 'en' }, 'en')).toBe('/articles/');
    expect(pathOf({ kind: 'articles', page: 3, language: 'fr' }, 'en')).toBe('/fr/articles/3/');
  });
});

describe('sectionOf', () => {
  it('is the list an entry belongs to, in its language, and the home page for the rest', () => {
    expect(sectionOf(article)).toEqual({ kind: 'articles', page: 1, language: 'en' });
    expect(sectionOf({ kind: 'articles', page: 2, language: 'fr' })).toEqual({ kind: 'articles', page: 1, language: 'fr' });
    expect(sectionOf({ kind: 'therapist', id: 'ada', language: 'en', source: undefined })).toEqual({ kind: 'therapists', language: 'en' });
    expect(sectionOf({ kind: 'location', id: 'east-end', language: 'en', source: undefined })).toEqual({ kind: 'locations', language: 'en' });
    expect(sectionOf({ kind: 'page', id: 'about', language: 'en', source: undefined })).toEqual({ kind: 'home', language: 'en' });
    expect(sectionOf({ kind: 'contact', language: 'en' })).toEqual({ kind: 'home', language: 'en' });
  });
});
