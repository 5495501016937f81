/**
 * The browser editor's configuration (Sveltia CMS, Decap-compatible), made from
 * the content model (src/content-schema.ts), never kept by hand: each
 * collection's fields, whether they are required, their defaults, limits,
 * choices and references, and each field's description as the hint staff see.
 * A field added to a schema appears in the editor with its rules.
 */
import { z } from 'astro/zod';
import { BOOKING_BLOCK_ID } from '../booking/block.ts';

/** What the schema cannot say by its shape alone (a transform's input, a reference), set with .meta({ editor }). */
export interface EditorHint {
  widget: 'date' | 'string' | 'text' | 'object' | 'relation' | 'image';
  /** For relations: the collection referred to. */
  collection?: string;
  /** For strings: [regular expression, message] the editor checks as staff type. */
  pattern?: [string, string];
  /** A label when the field's name does not make a good one. */
  label?: string;
}

/** A field of the editor's configuration (the subset of Sveltia's Field types this site uses). */
export interface EditorField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'datetime' | 'select' | 'relation' | 'image' | 'object' | 'list' | 'richtext';
  required?: boolean;
  hint?: string;
  default?: unknown;
  [option: string]: unknown;
}

type AnySchema = z.ZodType;
interface Def {
  type: string;
  innerType?: AnySchema;
  defaultValue?: unknown;
  in?: AnySchema;
  out?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  entries?: Record<string, string>;
  checks?: Array<{ _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; format?: string } } }>;
  format?: string;
  options?: AnySchema[];
}
const def = (schema: AnySchema) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (schema: AnySchema) => ((schema as unknown as { meta?: () => Record<string, unknown> | undefined }).meta?.() ?? {}) as { description?: string; editor?: EditorHint };

interface Unwrapped {
  schema: AnySchema;
  required: boolean;
  default?: unknown;
  description?: string;
  hint?: EditorHint;
}

/** Peels optional and default wrappers off a field's schema, keeping the outermost description and hint. */
function unwrap(schema: AnySchema): Unwrapped {
  const found: Unwrapped = { schema, required: true };
  let current = schema;
  for (;;) {
    const meta = metaOf(current);
    found.description ??= meta.description;
    found.hint ??= meta.editor;
    const d = def(current);
    if (d.type === 'optional' || d.type === 'nullable') found.required = false;
    else if (d.type === 'default' || d.type === 'prefault') {
      found.required = false;
      found.default ??= typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
    } else break;
    current = d.innerType!;
  }
  found.schema = current;
  return found;
}

/** The object schema inside a fields() wrapper (a preprocess pipe) or a plain object. */
function objectShape(schema: AnySchema): Record<string, AnySchema> | undefined {
  const d = def(schema);
  if (d.type === 'object') return d.shape;
  if (d.type === 'pipe') return objectShape(d.out!) ?? objectShape(d.in!);
  return undefined;
}

/** Length limits of a string schema, and min/max of a number or list. */
function limits(schema: AnySchema): { min?: number; max?: number; int?: boolean; format?: string; aboveMin?: boolean } {
  const d = def(schema);
  const found: { min?: number; max?: number; int?: boolean; format?: string; aboveMin?: boolean } = { format: d.format };
  for (const check of d.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length' || (c.check === 'greater_than' && c.value !== undefined)) found.min = c.minimum ?? c.value;
    if (c.check === 'greater_than' && c.inclusive === false) found.aboveMin = true;
    if (c.check === 'max_length' || (c.check === 'less_than' && c.value !== undefined)) found.max = c.maximum ?? c.value;
    if (c.check === 'number_format' && /int/.test(c.format ?? '')) found.int = true;
    if (c.check === 'string_format') found.format = c.format;
  }
  const s = schema as unknown as { minLength?: number | null; maxLength?: number | null; minValue?: number | null; maxValue?: number | null; isInt?: boolean };
  if (typeof s.minLength === 'number') found.min = s.minLength;
  if (typeof s.maxLength === 'number') found.max = s.maxLength;
  // A whole number's schema carries the safe-integer range as its limits; that is no limit to anyone typing a price.
  if (typeof s.minValue === 'number' && Math.abs(s.minValue) < Number.MAX_SAFE_INTEGER) found.min = s.minValue;
  if (typeof s.maxValue === 'number' && Math.abs(s.maxValue) < Number.MAX_SAFE_INTEGER) found.max = s.maxValue;
  if (s.isInt) found.int = true;
  return found;
}

const LABELS: Record<string, string> = { e164: 'Number to dial', bookingRef: 'Booking id', registerUrl: 'Public register link', url: 'Address (URL)', src: 'Image file', alt: 'Alt text (what the image shows)' };

/** "publishedDate" → "Published date". */
export function labelFor(name: string): string {
  if (LABELS[name]) return LABELS[name]!;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The hint under a field: what it is for (the schema's description), then its limits in words. */
function hintFor(description: string | undefined, rules: string[]): string | undefined {
  const text = [description?.trim(), ...rules].filter(Boolean).join(' ');
  return text || undefined;
}

export interface FieldContext {
  /** The field a relation to each collection shows and searches by. */
  identifierField: (collection: string) => string;
  /** Where pictures of this collection are stored, relative to its entries. */
  mediaFolder?: string;
}

/** One schema field as an editor field. */
export function editorField(name: string, schema: AnySchema, context: FieldContext): EditorField {
  const u = unwrap(schema);
  const d = def(u.schema);
  const label = u.hint?.label ?? labelFor(name);
  const base = (widget: EditorField['widget'], rules: string[] = [], options: Record<string, unknown> = {}): EditorField => {
    const field: EditorField = { name, label, widget, ...options };
    if (!u.required) field.required = false;
    const hint = hintFor(u.description, rules);
    if (hint) field.hint = hint;
    if (u.default !== undefined && !(Array.isArray(u.default) && u.default.length === 0)) field.default = u.default;
    return field;
  };
  const relation = (collection: string, multiple: boolean) => {
    const identifier = context.identifierField(collection);
    return base('relation', [], { collection, value_field: '{{slug}}', display_fields: [identifier], search_fields: [identifier], ...(multiple ? { multiple: true } : {}) });
  };
  const hint = u.hint;
  if (hint?.widget === 'relation') return relation(hint.collection!, false);
  if (hint?.widget === 'date') return base('datetime', ['Written as year-month-day.'], { type: 'date', format: 'YYYY-MM-DD' });
  if (hint?.widget === 'image') return base('image', [], { media_folder: context.mediaFolder ?? 'images', public_folder: `./${context.mediaFolder ?? 'images'}`, choose_url: false });

  const shape = hint?.widget === 'object' || d.type === 'object' ? objectShape(u.schema) : undefined;
  if (shape) return base('object', [], { fields: editorFields(shape, context) });

  if (d.type === 'array') {
    const element = unwrap(d.element!);
    const count = limits(u.schema);
    const rules = count.min ? [count.min === 1 ? 'At least one.' : `At least ${count.min}.`] : [];
    const minOption = count.min ? { min: count.min } : {};
    if (element.hint?.widget === 'relation') return { ...relation(element.hint.collection!, true), ...minOption, ...(rules.length ? { hint: hintFor(u.description, rules) } : {}) };
    if (def(element.schema).type === 'enum') return base('select', rules, { multiple: true, options: Object.values(def(element.schema).entries!), ...minOption });
    const elementShape = element.hint?.widget === 'object' || def(element.schema).type === 'object' ? objectShape(element.schema) : undefined;
    if (elementShape) return base('list', rules, { fields: editorFields(elementShape, context), ...minOption });
    return base('list', rules, minOption);
  }
  if (d.type === 'enum') return base('select', [], { options: Object.values(d.entries!) });
  if (d.type === 'boolean') return base('boolean');
  if (d.type === 'number') {
    const n = limits(u.schema);
    // "Above 0": a whole number starts at 1; the editor cannot refuse a price of exactly 0 (the build does, in words).
    if (n.aboveMin && n.int && n.min !== undefined) Object.assign(n, { min: n.min + 1, aboveMin: false });
    const from = n.aboveMin ? `Above ${n.min}` : `At least ${n.min}`;
    const rules = [n.min !== undefined && n.max !== undefined && !n.aboveMin ? `From ${n.min} to ${n.max}.` : n.min !== undefined ? `${from}${n.max !== undefined ? `, at most ${n.max}` : ''}.` : ''].filter(Boolean);
    return base('number', rules, { value_type: n.int ? 'int' : 'float', ...(n.min !== undefined ? { min: n.min } : {}), ...(n.max !== undefined ? { max: n.max } : {}) });
  }
  // Text: a string schema, or a hint on a transform that reads text (ids, times, coordinates).
  const text = d.type === 'string' ? limits(u.schema) : {};
  const rules: string[] = [];
  if (text.min !== undefined && text.max !== undefined && text.min > 1) rules.push(`${text.min} to ${text.max} characters.`);
  else if (text.max !== undefined) rules.push(`At most ${text.max} characters.`);
  const options: Record<string, unknown> = {};
  if (text.min !== undefined && text.min > 1) options['minlength'] = text.min;
  if (text.max !== undefined) options['maxlength'] = text.max;
  if (text.format === 'url') Object.assign(options, { type: 'url' });
  if (text.format === 'email') Object.assign(options, { type: 'email' });
  if (hint?.pattern) options['pattern'] = hint.pattern;
  return base(hint?.widget === 'text' ? 'text' : 'string', rules, options);
}

export function editorFields(shape: Record<string, AnySchema>, context: FieldContext): EditorField[] {
  return Object.entries(shape).map(([name, schema]) => editorField(name, schema, context));
}

/** The fields of a collection's schema (called with a stand-in image helper where the schema takes one). */
export function schemaShape(schema: AnySchema): Record<string, AnySchema> {
  const shape = objectShape(schema);
  if (!shape) throw new Error('A collection schema must be an object of fields');
  return shape;
}

/** Where the editor signs in and writes: the git host's repository, and the sign-in service. */
export interface EditorSettings {
  /** "owner/name" of the site's repository on GitHub. */
  repo: string;
  branch: string;
  /** The OAuth client's origin (Netlify's, or a Sveltia/Decap authenticator Worker). */
  authBaseUrl?: string | undefined;
  siteUrl: string;
  clinicName: string;
  /** The clinic's languages (clinic.yaml), the first at the root: with two or more, each entry is edited in all of them side by side. */
  languages?: readonly string[] | undefined;
}

/**
 * In a second language, words are translated and the rest (dates, prices, references,
 * booking ids) is the same as in the first: the editor copies it into the translation.
 * Sub-fields say it too: the editor keeps only the parts of a list or group that do
 * (a group with words in it, like a question and its answer, is translated whole).
 */
function translatable(field: EditorField): EditorField {
  // Booking ids, addresses and email are strings, not words; a cited source and a registration keep their own names.
  const sameEverywhere = /(Ref|Url|^url|^email|^citations|^registration)$/.test(field.name);
  const same = (f: EditorField): EditorField => ({ ...f, i18n: 'duplicate', ...subFields(f, same) });
  if (sameEverywhere) return same(field);
  const parts = subFields(field, translatable);
  if (parts) {
    const inner = (parts.fields ?? [parts.field!]) as EditorField[];
    return { ...field, ...parts, i18n: inner.some((f) => f.i18n === true) ? true : 'duplicate' };
  }
  const words = field.widget === 'string' || field.widget === 'text' || field.widget === 'richtext' || field.widget === 'list';
  return { ...field, i18n: words ? true : 'duplicate' };
}

/** A field's sub-fields (a group's or a list's items) with `each` applied, or undefined when it has none. */
function subFields(field: EditorField, each: (f: EditorField) => EditorField): { fields?: EditorField[]; field?: EditorField } | undefined {
  if (Array.isArray(field['fields'])) return { fields: (field['fields'] as EditorField[]).map(each) };
  if (field['field']) return { field: each(field['field'] as EditorField) };
  return undefined;
}

interface CollectionPlan {
  name: string;
  label: string;
  labelSingular: string;
  folder: string;
  extension: 'md' | 'mdx';
  identifier: string;
  summary: string;
  /** Booking boxes can be inserted into the body (MDX articles only). */
  bookingBlocks: boolean;
  bodyRequired: boolean;
  nested?: boolean;
  description: string;
}

/** The collections the editor shows, in this order, with what staff need to know of each. */
export const EDITOR_COLLECTIONS: CollectionPlan[] = [
  { name: 'articles', label: 'Articles', labelSingular: 'Article', folder: 'content/articles', extension: 'mdx', identifier: 'title', summary: '{{title}} · {{publishedDate}}', bookingBlocks: true, bodyRequired: true, description: 'Health articles. A future published date schedules one; draft keeps it out whatever the date. Every change is checked before it is published.' },
  { name: 'locations', label: 'Locations', labelSingular: 'Location', folder: 'content/locations', extension: 'md', identifier: 'name', summary: '{{name}}', bookingBlocks: false, bodyRequired: false, description: 'For a clinic with more than one location: one per place, with its address, phone, hours and directions. A clinic with one keeps them in its clinic facts.' },
  { name: 'services', label: 'Services', labelSingular: 'Service', folder: 'content/services', extension: 'md', identifier: 'title', summary: '{{title}}', bookingBlocks: false, bodyRequired: false, description: 'What the clinic offers: lengths, prices and booking ids.' },
  { name: 'therapists', label: 'Therapists', labelSingular: 'Therapist', folder: 'content/therapists', extension: 'md', identifier: 'name', summary: '{{name}}, {{credentials}}', bookingBlocks: false, bodyRequired: false, description: 'The clinic’s therapists, who also write and review the articles.' },
  { name: 'topics', label: 'Topics', labelSingular: 'Topic', folder: 'content/topics', extension: 'md', identifier: 'title', summary: '{{title}}', bookingBlocks: false, bodyRequired: false, description: 'Topic pages that gather articles and services.' },
  { name: 'pages', label: 'Pages and policies', labelSingular: 'Page', folder: 'content/pages', extension: 'md', identifier: 'title', summary: '{{title}}', bookingBlocks: false, bodyRequired: false, nested: true, description: 'About, first visit, questions and answers, privacy, accessibility and the cancellation policy.' },
  { name: 'testimonials', label: 'Testimonials', labelSingular: 'Testimonial', folder: 'content/testimonials', extension: 'md', identifier: 'name', summary: '{{name}}', bookingBlocks: false, bodyRequired: false, description: 'Shown only where the regulator allows testimonials (the clinic’s jurisdiction setting).' },
];

/**
 * The name of the file format the editor reads and writes a collection in
 * (registered by the admin page). The editor expects a Markdown file's format
 * name to end in "-frontmatter".
 */
export const formatName = (collection: string, markdown = true) => `massagerx-${collection}${markdown ? '-frontmatter' : ''}`;


/** Stands in for Astro's image() helper, so that image fields are recognised as such. */
export const imageStandIn = () => z.string().meta({ editor: { widget: 'image' } satisfies EditorHint });

type Schemas = Record<string, AnySchema | ((context: { image: () => AnySchema }) => AnySchema)>;

/**
 * The whole configuration. `imageStandIn` makes the image() helper's field
 * recognisable (Astro's real one is a transform of a path).
 */
export function buildEditorConfig(schemas: Schemas, settings: EditorSettings, imageStandIn: () => AnySchema): Record<string, unknown> {
  const schemaOf = (name: string) => {
    const schema = schemas[name];
    if (!schema) throw new Error(`No schema for the collection "${name}"`);
    return typeof schema === 'function' ? schema({ image: imageStandIn }) : schema;
  };
  const identifierField = (collection: string) => EDITOR_COLLECTIONS.find((c) => c.name === collection)?.identifier ?? 'title';
  const languages = settings.languages ?? [];
  const multilingual = languages.length > 1;
  const collections = EDITOR_COLLECTIONS.map((plan) => {
    const fields = editorFields(schemaShape(schemaOf(plan.name)), { identifierField, mediaFolder: 'images' });
    const body: EditorField = {
      name: 'body',
      label: 'Text',
      widget: 'richtext',
      hint: plan.bookingBlocks ? 'The article itself. Insert a booking box (Insert → Booking box in the toolbar) where a reader may want to book.' : 'The text of the page.',
      modes: ['rich_text', 'raw'],
      ...(plan.bodyRequired ? {} : { required: false }),
      ...(plan.bookingBlocks ? { editor_components: [BOOKING_BLOCK_ID, 'image'] } : { editor_components: ['image'] }),
    };
    return {
      name: plan.name,
      label: plan.label,
      label_singular: plan.labelSingular,
      description: plan.description,
      folder: plan.folder,
      extension: plan.extension,
      format: formatName(plan.name),
      create: true,
      delete: true,
      slug: '{{slug}}',
      identifier_field: plan.identifier,
      summary: plan.summary,
      ...(plan.nested ? { nested: { depth: 3, subfolders: false } } : {}),
      // Pictures next to the entries, where Astro's image() finds them: ./images/<file>.
      media_folder: 'images',
      public_folder: './images',
      ...(multilingual && plan.name !== 'locations' ? { i18n: true, fields: [...fields, body].map(translatable) } : { fields: [...fields, body] }),
    };
  });
  const clinicFields = editorFields(schemaShape(schemaOf('clinic')), { identifierField });
  return {
    load_config_file: false,
    backend: {
      name: 'github',
      repo: settings.repo,
      branch: settings.branch,
      ...(settings.authBaseUrl ? { base_url: settings.authBaseUrl } : {}),
      // Each save is a pull request: CI builds it, so every rule of the content model runs before anything goes live.
      commit_messages: { create: 'Create {{collection}} “{{slug}}”', update: 'Update {{collection}} “{{slug}}”', delete: 'Delete {{collection}} “{{slug}}”' },
    },
    publish_mode: 'editorial_workflow',
    app_title: `${settings.clinicName}: content editor`,
    site_url: settings.siteUrl,
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    output: { omit_empty_optional_fields: true },
    // A translation is the file of the same name in the language's folder (content/articles/fr/…), the first language's at the folder's root.
    ...(multilingual ? { i18n: { structure: 'multiple_folders', locales: languages, default_locale: languages[0], omit_default_locale_from_file_path: true } } : {}),
    collections: [
      ...collections,
      {
        name: 'clinic',
        label: 'Clinic facts',
        description: 'The clinic’s name, phone, address, hours, booking platform and rules: every page reads them.',
        files: [{ name: 'clinic', label: 'Clinic facts', file: 'content/clinic.yaml', format: formatName('clinic', false), fields: clinicFields }],
      },
    ],
  };
}

/**
 * The repository a local build's editor names when none is set: not a repository
 * anyone can own (GitHub names have no underscore), so a sign-in can never reach
 * someone else's; the editor says so on its page (src/admin/editor.ts), and only
 * its local-repository mode works.
 */
export const PLACEHOLDER_REPO = 'CMS_GITHUB_REPO-not-set/set-CMS_GITHUB_REPO';

/** A build made by a host or a CI service, for the live site or a preview: never with the placeholder. */
export function isHostBuild(env: Record<string, string | undefined>): boolean {
  return env['GITHUB_ACTIONS'] === 'true' || env['NETLIFY'] === 'true' || env['CF_PAGES'] === '1';
}

/**
 * The editor's settings for this build, from the environment (set where the site
 * is built; docs/DEPLOY.md): CMS_GITHUB_REPO ("owner/name", else GitHub Actions'
 * GITHUB_REPOSITORY), CMS_BRANCH (main), CMS_AUTH_URL (the sign-in service's
 * address; Netlify's when unset). A host's build with no repository is an error
 * saying what to set; a local one gets the placeholder.
 */
export function editorSettingsFromEnv(env: Record<string, string | undefined>, clinic: { name: string }, siteUrl: string): EditorSettings {
  const repo = env['CMS_GITHUB_REPO'] || env['GITHUB_REPOSITORY'];
  if (!repo && isHostBuild(env)) {
    throw new Error(
      'CMS_GITHUB_REPO is not set: the content editor at /admin/ would not know the clinic’s repository. Set it in the host’s environment variables to the repository, like massagerx/massage-rx-website (docs/DEPLOY.md, "The content editor: sign-in").',
    );
  }
  return {
    repo: repo || PLACEHOLDER_REPO,
    branch: env['CMS_BRANCH'] || 'main',
    authBaseUrl: env['CMS_AUTH_URL'] || undefined,
    siteUrl,
    clinicName: clinic.name,
  };
}

/** The origins the editor talks to: the git host's API and status page, and the sign-in service. */
export function editorOrigins(settings: Pick<EditorSettings, 'authBaseUrl'>): { connect: string[]; images: string[] } {
  return {
    connect: ['https://api.github.com', 'https://www.githubstatus.com', new URL(settings.authBaseUrl || 'https://api.netlify.com').origin],
    images: ['https://avatars.githubusercontent.com'],
  };
}
