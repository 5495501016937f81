/**
 * The Open Graph images a build is going to ask for, read from the text of
 * content/'s files (as the content preflight reads them, before Astro has loaded
 * a collection), so that drawing can start while Astro is still loading and
 * bundling. A cold build of many articles spends more CPU drawing than
 * rendering; begun here, the drawing uses the core that bundling leaves idle.
 *
 * Only a head start: anything not well-formed is left out (the schema reports
 * it), drafts are skipped, and the image route still asks for exactly the
 * images it needs. A guess that turns out different costs one image drawn for
 * nothing, never a wrong image.
 */
import { parse } from 'yaml';
import { articleOgInput, siteOgInput, type OgImageInput } from './og-image.ts';

export interface ContentSources {
  /** content/clinic.yaml's text. */
  clinic: string;
  /** Each therapist's frontmatter (YAML), by id (its file name without the extension). */
  therapists: ReadonlyMap<string, string>;
  /** Each article's frontmatter (YAML). */
  articles: readonly string[];
}

type Fields = Record<string, unknown>;
const read = (yaml: string): Fields | undefined => {
  try {
    const value: unknown = parse(yaml);
    return value && typeof value === 'object' ? (value as Fields) : undefined;
  } catch {
    return undefined;
  }
};
/** A text field as the schema keeps it (trimmed), or undefined. */
const textOf = (fields: Fields | undefined, ...path: string[]): string | undefined => {
  let value: unknown = fields;
  for (const key of path) value = value && typeof value === 'object' ? (value as Fields)[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

export function ogInputsFromSources(sources: ContentSources): OgImageInput[] {
  const clinic = read(sources.clinic);
  const name = textOf(clinic, 'name');
  if (!name) return [];
  const inputs: OgImageInput[] = [];
  const tagline = textOf(clinic, 'tagline');
  const locality = textOf(clinic, 'address', 'locality');
  const region = textOf(clinic, 'address', 'region');
  const phone = textOf(clinic, 'phone', 'display');
  if (tagline && locality && region && phone) inputs.push(siteOgInput({ name, tagline, address: { locality, region }, phone: { display: phone } }));
  const authors = new Map<string, { name: string; credentials: string }>();
  for (const [id, yaml] of sources.therapists) {
    const fields = read(yaml);
    const authorName = textOf(fields, 'name');
    const credentials = textOf(fields, 'credentials');
    if (authorName && credentials) authors.set(id, { name: authorName, credentials });
  }
  for (const yaml of sources.articles) {
    const fields = read(yaml);
    if (!fields || fields['draft'] === true) continue;
    const title = textOf(fields, 'title');
    const author = authors.get(textOf(fields, 'author') ?? '');
    if (title && author) inputs.push(articleOgInput(title, author, name));
  }
  return inputs;
}
