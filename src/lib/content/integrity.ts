/**
 * The pieces of the checks across entries (src/lib/content/checks.ts runs them):
 * references to other entries (an article's author, a CTA's service) name entries
 * that exist, offerings agree, and the one problem shape every content check
 * gives, naming the file and the field so that staff can fix it at once.
 */

export interface Ref {
  collection: string;
  id: string;
}

export interface EntryForCheck {
  id: string;
  /** Path from the project root, e.g. content/articles/hip-balance.mdx */
  filePath?: string | undefined;
  /** The raw body, where inline components may name other entries. */
  body?: string | undefined;
  /** field name → the references it holds. */
  refs: Record<string, Ref | Ref[] | undefined>;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

const COLLECTION_NOUN: Record<string, string> = {
  services: 'service',
  therapists: 'therapist',
  articles: 'article',
  topics: 'topic',
  locations: 'location',
};

function describeMissing(ref: Ref, known: ReadonlySet<string>): string {
  const noun = COLLECTION_NOUN[ref.collection] ?? ref.collection;
  const choices = [...known].sort().join(', ') || 'none yet';
  return `no ${noun} "${ref.id}" exists in content/${ref.collection}/ (known: ${choices})`;
}

/** Every `<BookingCTA ... />` in a body, with the service it names and its line (1-based, counted from the top of the body). */
export function findInlineBookingCtas(body: string): Array<{ service: string | null; line: number }> {
  const found: Array<{ service: string | null; line: number }> = [];
  const tag = /<BookingCTA\b([^>]*)>/g;
  for (const match of body.matchAll(tag)) {
    const attributes = match[1] ?? '';
    const service = /\bservice\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes);
    const line = body.slice(0, match.index).split('\n').length;
    found.push({ service: service ? (service[1] ?? service[2] ?? '') : null, line });
  }
  return found;
}

/**
 * The problems in a set of collections. `known` maps each collection to the ids it holds.
 * `bodyLineOffset` maps a file to the number of lines before its body (the frontmatter),
 * so that line numbers point into the file as staff see it.
 */
export function checkReferences(
  entries: EntryForCheck[],
  known: Record<string, ReadonlySet<string>>,
  bodyLineOffset: (entry: EntryForCheck) => number = () => 0,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const file = entry.filePath ?? entry.id;
    for (const [field, value] of Object.entries(entry.refs)) {
      const refs = value === undefined ? [] : Array.isArray(value) ? value : [value];
      refs.forEach((ref, index) => {
        const ids = known[ref.collection] ?? new Set<string>();
        if (!ids.has(ref.id)) {
          problems.push({ file, field: Array.isArray(value) ? `${field}[${index}]` : field, message: describeMissing(ref, ids) });
        }
      });
    }
    for (const image of findImagesWithoutAlt(entry.body ?? '')) {
      problems.push({
        file,
        field: `image on line ${image.line + bodyLineOffset(entry)}`,
        message: `${image.image} has no alt text: write what the picture shows, e.g. ![A therapist assessing a client's hip](${image.image})`,
      });
    }
    for (const cta of findInlineBookingCtas(entry.body ?? '')) {
      const line = cta.line + bodyLineOffset(entry);
      const services = known['services'] ?? new Set<string>();
      if (cta.service === null || cta.service === '') {
        problems.push({ file, field: `<BookingCTA> on line ${line}`, message: 'needs a service, e.g. <BookingCTA service="therapeutic-massage" />' });
      } else if (!services.has(cta.service)) {
        problems.push({ file, field: `<BookingCTA service> on line ${line}`, message: describeMissing({ collection: 'services', id: cta.service }, services) });
      }
    }
  }
  return problems;
}

/** Images in a body without a text alternative: `![](x.png)` or `<img>` with no or empty alt. Lines are 1-based. */
export function findImagesWithoutAlt(body: string): Array<{ line: number; image: string }> {
  const found: Array<{ line: number; image: string }> = [];
  const lineOf = (index: number) => body.slice(0, index).split('\n').length;
  for (const match of body.matchAll(/!\[\s*\]\(([^)]*)\)/g)) found.push({ line: lineOf(match.index), image: match[1]!.trim() });
  for (const match of body.matchAll(/<img\b([^>]*)>/gi)) {
    const attributes = match[1] ?? '';
    const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/.exec(attributes);
    const value = alt ? (alt[1] ?? alt[2] ?? alt[3] ?? '').trim() : '';
    if (!value || value === '""' || value === "''") found.push({ line: lineOf(match.index), image: /\bsrc\s*=\s*["']?([^"'\s>]+)/.exec(attributes)?.[1] ?? 'an image' });
  }
  return found.sort((a, b) => a.line - b.line);
}

/**
 * The id a content file gets (as Astro's glob loader names it): its path below the
 * collection folder without the extension, each segment lower-cased with runs of
 * other characters turned into single hyphens.
 */
export function entryIdFromPath(relativePath: string): string {
  return relativePath
    .replace(/\.(md|mdx|yaml|yml|json)$/i, '')
    .split('/')
    .map((segment) => segment.toLowerCase().replace(/[^a-z0-9_]+/g, '-').replace(/^-+|-+$/g, ''))
    .join('/');
}

/** Files in one collection that would get the same id, and so the same address: only one could be published. */
export function duplicateIds(collection: string, relativePaths: string[]): ContentProblem[] {
  const byId = new Map<string, string[]>();
  for (const path of relativePaths) byId.set(entryIdFromPath(path), [...(byId.get(entryIdFromPath(path)) ?? []), path]);
  return [...byId.entries()]
    .filter(([, files]) => files.length > 1)
    .map(([id, files]) => ({
      file: `content/${collection}/${files[1]}`,
      field: '(file name)',
      message: `has the same address "${id}" as content/${collection}/${files[0]}; rename one of them (only one can be published)`,
    }));
}

/** How many letters to add, drop or change to turn one word into another. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** Why a field is refused: it is not one of the known ones (a typo, or `slug`, which would change the address), and which it may have meant. */
export function unknownFieldMessage(key: string, what: string, known: readonly string[]): string {
  const close = known.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
  const hint = key === 'slug' ? ' (the address comes from the file name: rename the file instead)' : close ? ` (did you mean ${close}?)` : '';
  return `${key} is not a field of ${what}${hint}; the fields are ${known.join(', ')}`;
}

/** One error for all the problems, each on its own line: file, field, what is wrong. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    // The message says all there is: where the build was in its own code would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** One side of a list written on both sides: the entries of a folder, and which field of each names the other side's entries. */
interface ListingSide {
  folder: string;
  field: string;
  entries: ReadonlyArray<{ id: string; filePath?: string | undefined; listed: ReadonlyArray<{ id: string }> }>;
}

/** Each entry of `to` that an entry of `from` names, but that does not name it back: a problem in the `to` entry's file. */
function notNamedBack(from: ListingSide, to: ListingSide): ContentProblem[] {
  const fileOf = (side: ListingSide, entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? `content/${side.folder}/${entry.id}.md`;
  return from.entries.flatMap((entry) =>
    entry.listed.flatMap(({ id }) => {
      // A name that matches nothing is the reference check's to report.
      const other = to.entries.find((e) => e.id === id);
      if (!other || other.listed.some((l) => l.id === entry.id)) return [];
      return [{ file: fileOf(to, other), field: to.field, message: `does not list "${entry.id}", whose file (${fileOf(from, entry)}) lists this entry under ${from.field}: add "${entry.id}" here, or remove "${id}" there` }];
    }),
  );
}

/**
 * A therapist's list of services and each service's list of therapists say one
 * thing twice: who offers what. Each pair named on one side only is a problem,
 * named in the file that leaves it out, so the two lists never disagree on the site.
 */
export function offeringsThatDisagree(
  therapists: ReadonlyArray<{ id: string; filePath?: string | undefined; services: ReadonlyArray<{ id: string }> }>,
  services: ReadonlyArray<{ id: string; filePath?: string | undefined; therapists: ReadonlyArray<{ id: string }> }>,
): ContentProblem[] {
  const therapistSide = { folder: 'therapists', field: 'services', entries: therapists.map((t) => ({ ...t, listed: t.services })) };
  const serviceSide = { folder: 'services', field: 'therapists', entries: services.map((s) => ({ ...s, listed: s.therapists })) };
  return [...notNamedBack(therapistSide, serviceSide), ...notNamedBack(serviceSide, therapistSide)];
}

/**
 * Every service a therapist offers must be offered somewhere they practise: a
 * therapist and a service each name their locations (none named: every one), and
 * where the two share none, a booking box for the pair would have nothing to
 * offer. Each such pair is a problem in the therapist's file, naming both.
 */
export function offeringsWithNoPlace(
  therapists: ReadonlyArray<{ id: string; filePath?: string | undefined; services: ReadonlyArray<{ id: string }>; locations: ReadonlyArray<{ id: string }> }>,
  services: ReadonlyArray<{ id: string; filePath?: string | undefined; locations: ReadonlyArray<{ id: string }> }>,
  locationIds: readonly string[],
): ContentProblem[] {
  const placesOf = (refs: ReadonlyArray<{ id: string }>) => (refs.length === 0 ? [...locationIds] : locationIds.filter((id) => refs.some((r) => r.id === id)));
  return therapists.flatMap((therapist) => {
    const theirs = placesOf(therapist.locations);
    return therapist.services.flatMap(({ id }) => {
      const service = services.find((s) => s.id === id);
      if (!service) return [];
      const its = placesOf(service.locations);
      if (its.some((place) => theirs.includes(place))) return [];
      return [
        {
          file: therapist.filePath ?? `content/therapists/${therapist.id}.md`,
          field: 'locations',
          message: `shares no location with "${id}", which this file lists under services: ${service.filePath ?? `content/services/${id}.md`} offers it at ${its.join(', ') || 'no location'}, and this therapist practises at ${theirs.join(', ') || 'no location'}; add a location they share, here or there, or remove the service`,
        },
      ];
    });
  });
}
