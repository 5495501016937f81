// Content in several languages: which language a file is in, what it translates, and what a page in a second language may link to.
import { describe, expect, it } from 'vitest';
import { entriesIn, languageOfEntry, unlistedLanguageFiles, untranslatedReferences, translationPicturePath } from '../../src/lib/i18n/translations';
import { pathsUnder, paths } from '../../src/lib/routes/urls';

describe('languageOfEntry', () => {
  it('reads the language from the folder, and the key from the file name', () => {
    expect(languageOfEntry('knee-pain', 'en')).toEqual({ language: 'en', key: 'knee-pain' });
    expect(languageOfEntry('fr/knee-pain', 'en')).toEqual({ language: 'fr', key: 'knee-pain' });
    expect(languageOfEntry('fr/policies/cancellation', 'en')).toEqual({ language: 'fr', key: 'policies/cancellation' });
    // A page in a folder that is not a language is in the first language.
    expect(languageOfEntry('policies/cancellation', 'en')).toEqual({ language: 'en', key: 'policies/cancellation' });
    // A French site's English files are in en/.
    expect(languageOfEntry('en/knee-pain', 'fr')).toEqual({ language: 'en', key: 'knee-pain' });
  });
});

describe('entriesIn', () => {
  const entries = [{ id: 'a' }, { id: 'b' }, { id: 'fr/a' }, { id: 'fr/c' }];
  it('gives each language its entries, keyed by the first language’s file name', () => {
    expect(entriesIn(entries, 'en', 'en').map((e) => e.id)).toEqual(['a', 'b']);
    expect(entriesIn(entries, 'fr', 'en').map((e) => e.id)).toEqual(['a', 'c']);
  });
  it('never changes the entries it is given', () => {
    entriesIn(entries, 'fr', 'en');
    expect(entries.map((e) => e.id)).toEqual(['a', 'b', 'fr/a', 'fr/c']);
  });
});

describe('unlistedLanguageFiles', () => {
  it('names a file in a language folder the clinic does not list, and one in the first language’s own folder', () => {
    expect(unlistedLanguageFiles([{ id: 'fr/a', filePath: 'content/articles/fr/a.mdx' }], ['en'], 'articles')).toEqual([
      expect.objectContaining({ file: 'content/articles/fr/a.mdx', field: '(file name)', message: expect.stringContaining("languages (en) do not include fr") }),
    ]);
    expect(unlistedLanguageFiles([{ id: 'en/a', filePath: 'content/articles/en/a.mdx' }], ['en', 'fr'], 'articles')[0]?.message).toContain("en is the site's first language");
    expect(unlistedLanguageFiles([{ id: 'fr/a' }, { id: 'a' }], ['en', 'fr'], 'articles')).toEqual([]);
  });
});

describe('untranslatedReferences', () => {
  it('names each reference with no version in the language, by file and field', () => {
    const problems = untranslatedReferences([{ id: 'x', filePath: 'content/articles/fr/x.mdx', refs: [{ field: 'services', collection: 'services', ids: ['massage', 'stone'] }] }], 'fr', { services: new Set(['massage']) });
    expect(problems).toEqual([{ file: 'content/articles/fr/x.mdx', field: 'services', message: expect.stringContaining('"stone" has no fr version') }]);
    expect(problems[0]!.message).toContain('add content/services/fr/stone.md');
  });
});

describe('paths in a language', () => {
  it('puts every path under the language’s prefix, and leaves the first language’s at the root', () => {
    expect(pathsUnder('/fr').service('massage')).toBe('/fr/services/massage/');
    expect(pathsUnder('/fr').home()).toBe('/fr/');
    expect(pathsUnder('')).toBe(paths);
  });
});

describe('translationPicturePath', () => {
  // Pictures there are, by path from the translation's folder (content/therapists/fr/).
  const there = new Set(['../images/ada.jpg', './images/own.jpg', '../../images/room.jpg']);
  const exists = (relative: string) => there.has(relative);
  it('keeps a path that is there from the translation’s own folder', () => {
    expect(translationPicturePath('./images/own.jpg', exists)).toBe('./images/own.jpg');
    expect(translationPicturePath('../images/ada.jpg', exists)).toBe('../images/ada.jpg');
  });
  it('finds the first language’s picture, as its file names it, one folder up', () => {
    expect(translationPicturePath('./images/ada.jpg', exists)).toBe('../images/ada.jpg');
    expect(translationPicturePath('../images/room.jpg', exists)).toBe('../../images/room.jpg');
  });
  it('leaves a path that is nowhere as it is, for the check that names it', () => {
    expect(translationPicturePath('./images/gone.jpg', exists)).toBe('./images/gone.jpg');
  });
});
