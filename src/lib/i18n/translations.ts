/**
 * Content in several languages. A file in a collection's folder is in the site's first
 * language; a file in its `<code>/` sub-folder (content/articles/fr/…) is in that
 * language, and is the translation of the file of the same name one folder up, if
 * there is one: the file name is the key both share, and the address both have
 * (/articles/x/ and /fr/articles/x/). A page with no file of the same name in the
 * other language has no translation.
 */
import type { ContentProblem } from '../content/integrity.ts';
import { LANGUAGE_CODES, type Language } from './languages.ts';
import { posix } from 'node:path';

/** An entry's language and its key (its id without the language folder). */
export function languageOfEntry(id: string, root: Language): { language: Language; key: string } {
  const [first, ...rest] = id.split('/');
  if (rest.length > 0 && (LANGUAGE_CODES as readonly string[]).includes(first!) && first !== root) return { language: first as Language, key: rest.join('/') };
  return { language: root, key: id };
}

/**
 * The entries in one language, each keyed by what it is the translation of: the
 * id every reference, address and lookup uses, whatever the language.
 */
export function entriesIn<E extends { id: string }>(entries: readonly E[], language: Language, root: Language): E[] {
  return entries.flatMap((entry) => {
    const { language: of, key } = languageOfEntry(entry.id, root);
    return of === language ? [key === entry.id ? entry : { ...entry, id: key }] : [];
  });
}

/** Files in a language folder the clinic's languages do not include: never silently left out. */
export function unlistedLanguageFiles(entries: ReadonlyArray<{ id: string; filePath?: string | undefined }>, languages: readonly Language[], folder: string): ContentProblem[] {
  return entries.flatMap((entry) => {
    const file = entry.filePath ?? `content/${folder}/${entry.id}`;
    const first = entry.id.split('/')[0];
    if (first === languages[0] && entry.id.includes('/')) return [{ file, field: '(file name)', message: `is in a ${first}/ folder, but ${first} is the site's first language, whose files are in content/${folder}/ itself: move it there` }];
    const { language } = languageOfEntry(entry.id, languages[0]!);
    if (languages.includes(language)) return [];
    return [{ file, field: '(file name)', message: `is in the ${language}/ folder, for pages in that language, but content/clinic.yaml's languages (${languages.join(', ')}) do not include ${language}: add it there, or move the file` }];
  });
}

export interface TranslatedEntry {
  id: string;
  filePath?: string | undefined;
  /** What the entry refers to, by field: the referenced collection and the ids. */
  refs: Array<{ field: string; collection: string; ids: string[] }>;
}

/**
 * A page in a second language refers only to what exists in that language, so that it
 * never mixes languages: an article's author, reviewer, services and topics, a service's
 * therapists, must each have their own file in the language's folder.
 */
export function untranslatedReferences(entries: readonly TranslatedEntry[], language: Language, known: Record<string, ReadonlySet<string>>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    for (const { field, collection, ids } of entry.refs) {
      for (const id of ids) {
        if (known[collection]?.has(id)) continue;
        problems.push({
          file: entry.filePath ?? entry.id,
          field,
          message: `"${id}" has no ${language} version, and a page in ${language} links only to pages in ${language}: add content/${collection}/${language}/${id}.md (its translation), or leave "${id}" out of this file`,
        });
      }
    }
  }
  return problems;
}

/**
 * Where a picture a translation names is. A translation (content/services/fr/x.md) names
 * its pictures as its first language's file does (`./images/room.jpg`), as the editor
 * copies them into it, or from its own folder (`../images/room.jpg`): a path that is not
 * there from the translation's folder but is from the first language's (one folder up)
 * is that one. `exists` answers for a path relative to the translation's folder.
 */
export function translationPicturePath(path: string, exists: (relative: string) => boolean): string {
  if (exists(path)) return path;
  const fromFirstLanguage = posix.join('..', path);
  return exists(fromFirstLanguage) ? fromFirstLanguage : path;
}
