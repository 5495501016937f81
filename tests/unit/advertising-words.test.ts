import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_FORBIDDEN_WORDS, findForbiddenWords, forbiddenWordsByLanguage, forbiddenWordsInEntry, readableBody } from '../../src/lib/clinic/advertising-words';
import { checkContentFolder } from '../../src/integrations/content-preflight';

const rules = ['specialist*', 'cure*', 'guarantee*', 'risk-free', 'speciali?ed'];
const found = (text: string, allowed: string[] = []) => findForbiddenWords(text, 1, rules, allowed).map((f) => `${f.line}:${f.found}`);

describe('words a regulator forbids in advertising', () => {
  it('are found as whole words, in any case and form, with their line', () => {
    expect(found('Our back pain Specialist.\nMassage cures nothing; results guaranteed.')).toEqual(['1:Specialist', '2:cures', '2:guaranteed']);
    expect(found('A risk-free first visit, specialised care, specialized care.')).toEqual(['1:risk-free', '1:specialised', '1:specialized']);
  });

  it('are not found inside other words', () => {
    expect(found('A secure, accurate and procured plan; nonspecialist words; curettage.')).toEqual(['1:curettage']);
    expect(found('Nothing to see here.')).toEqual([]);
  });

  it('are accepted where the file allows them, in every form of the allowed word', () => {
    expect(found('This cures it. It cured it.', ['cure'])).toEqual([]);
    expect(found('This cures it. A specialist.', ['cure'])).toEqual(['1:specialist']);
  });

  it('are looked for in what readers read: not in code, comments, imports, tag names or link and image addresses', () => {
    const body = [
      "import Cure from './cure.astro';",
      '{/* guaranteed to be removed */}',
      'See [the guide](https://example.org/cure-guide) and ![](./specialist.png).',
      '<Specialist name="x">Text a reader reads: a cure.</Specialist>',
      '```',
      'guaranteed',
      '```',
    ].join('\n');
    expect(readableBody(body).split('\n')).toHaveLength(7);
    expect(findForbiddenWords(readableBody(body), 10, rules).map((f) => `${f.line}:${f.found}`)).toEqual(['13:cure']);
  });

  it('in a content file: frontmatter values and body, by file line; cited sources and the file’s allowWords are not checked', () => {
    const source = {
      frontmatter: [
        'title: "A cure for desk neck"',
        'description: >',
        '  Stretches that help,',
        '  guaranteed.',
        'citations:',
        '  - title: Massage as a cure for low-back pain',
        '    url: https://example.org/specialist',
        'services:',
        '  - specialist-massage',
        '',
      ].join('\n'),
      frontmatterLine: 2,
      body: 'Intro.\n\nA specialist can help.\n',
      bodyLine: 13,
    };
    expect(forbiddenWordsInEntry(source, rules).map((f) => `${f.line}:${f.found}`)).toEqual(['2:cure', '5:guaranteed', '15:specialist']);
    const allowing = { ...source, frontmatter: `${source.frontmatter}allowWords:\n  - word: specialist\n    reason: a recognised speciality\n` };
    expect(forbiddenWordsInEntry(allowing, rules).map((f) => f.found)).toEqual(['cure', 'guaranteed']);
  });

  it('has a default list per language that finds the usual claims in that language', () => {
    expect(findForbiddenWords('Specialists. Cured! Guarantee. A miracle. Risk-free.', 1, DEFAULT_FORBIDDEN_WORDS.en)).toHaveLength(5);
    const french = 'Nos spécialistes. Le massage guérit. Résultat garanti, spécialisée, miraculeux, sans risque.';
    expect(findForbiddenWords(french, 1, DEFAULT_FORBIDDEN_WORDS.fr).map((f) => f.found).sort()).toEqual(['garanti', 'guérit', 'miraculeux', 'sans risque', 'spécialistes', 'spécialisée']);
    expect(findForbiddenWords(french, 1, DEFAULT_FORBIDDEN_WORDS.en)).toEqual([]);
  });

  it('takes the clinic\'s own list for a language, and the default for the others', () => {
    const lists = forbiddenWordsByLanguage({ fr: ['miracle*'] });
    expect(lists.fr).toEqual(['miracle*']);
    expect(lists.en).toEqual(DEFAULT_FORBIDDEN_WORDS.en);
  });
});

describe('the content check, per language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'words-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  const article = (title: string) => `---\ntitle: ${title}\n---\n\nText.\n`;
  const wordProblems = () => checkContentFolder(dir).problems.filter((p) => p.message.includes('the regulator does not allow')).map((p) => `${p.file}: ${p.message.slice(0, p.message.indexOf(' is a word'))}`);

  it('checks a file of a fr/ folder against the French list, and every other file against the first language\'s', () => {
    write('clinic.yaml', 'name: X\nlanguages: [en, fr]\n');
    write('articles/a.mdx', article('A cure that guérit'));
    write('articles/fr/a.mdx', article('Un massage qui guérit, a cure'));
    expect(wordProblems()).toEqual(['content/articles/a.mdx: "cure"', 'content/articles/fr/a.mdx: "guérit"']);
  });

  it('uses the clinic\'s list for a language, and French files of a French-first site are checked in French', () => {
    write('clinic.yaml', 'name: X\nlanguages: [fr, en]\njurisdiction:\n  forbiddenWords:\n    fr: [miracle*]\n');
    write('articles/a.mdx', article('Un miracle qui guérit'));
    write('articles/fr/a.mdx', article('Un miracle'));
    expect(wordProblems()).toEqual(['content/articles/a.mdx: "miracle"', 'content/articles/fr/a.mdx: "miracle"']);
  });
});
