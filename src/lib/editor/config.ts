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

/**
 * A schema as Zod's own JSON Schema gives it (z.toJSONSchema, as the editor fills it in: its
 * input), with each schema's .meta() merged in: its description, and the `editor` hint.
 */
interface JsonField {
  type?: string;
  description?: string;
  editor?: EditorHint;
  default?: unknown;
  enum?: unknown[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  items?: JsonField;
  properties?: Record<string, JsonField>;
  required?: string[];
}

/** A schema as the editor sees it. Transforms are represented by what they read; Astro's image() by the stand-in's hint. */
function jsonSchemaOf(schema: AnySchema): JsonField {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonField;
}

/** A whole number's schema carries the safe-integer range as its limits; that is no limit to anyone typing a price. */
const limit = (value: number | undefined) => (value !== undefined && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined);

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

/** One field of a collection's JSON Schema as an editor field; `required` from its object's list. */
function editorField(name: string, u: JsonField, isRequired: boolean, context: FieldContext): EditorField {
  const hint = u.editor;
  const label = hint?.label ?? labelFor(name);
  const base = (widget: EditorField['widget'], rules: string[] = [], options: Record<string, unknown> = {}): EditorField => {
    const field: EditorField = { name, label, widget, ...options };
    if (!isRequired) field.required = false;
    const text = hintFor(u.description, rules);
    if (text) field.hint = text;
    if (u.default !== undefined && !(Array.isArray(u.default) && u.default.length === 0)) field.default = u.default;
    return field;
  };
  const relation = (collection: string, multiple: boolean) => {
    const identifier = context.identifierField(collection);
    return base('relation', [], { collection, value_field: '{{slug}}', display_fields: [identifier], search_fields: [identifier], ...(multiple ? { multiple: true } : {}) });
  };
  if (hint?.widget === 'relation') return relation(hint.collection!, false);
  if (hint?.widget === 'date') return base('datetime', ['Written as year-month-day.'], { type: 'date', format: 'YYYY-MM-DD' });
  if (hint?.widget === 'image') return base('image', [], { media_folder: context.mediaFolder ?? 'images', public_folder: `./${context.mediaFolder ?? 'images'}`, choose_url: false });
  if (u.properties) return base('object', [], { fields: editorFields(u, context) });

  if (u.type === 'array') {
    const element = u.items ?? {};
    const rules = u.minItems ? [u.minItems === 1 ? 'At least one.' : `At least ${u.minItems}.`] : [];
    const minOption = u.minItems ? { min: u.minItems } : {};
    if (element.editor?.widget === 'relation') return { ...relation(element.editor.collection!, true), ...minOption, ...(rules.length ? { hint: hintFor(u.description, rules) } : {}) };
    if (element.enum) return base('select', rules, { multiple: true, options: element.enum, ...minOption });
    if (element.properties) return base('list', rules, { fields: editorFields(element, context), ...minOption });
    return base('list', rules, minOption);
  }
  if (u.enum) return base('select', [], { options: u.enum });
  if (u.type === 'boolean') return base('boolean');
  if (u.type === 'number' || u.type === 'integer') {
    const int = u.type === 'integer';
    const aboveMin = u.exclusiveMinimum !== undefined;
    let min = aboveMin ? u.exclusiveMinimum : limit(u.minimum);
    const max = limit(u.maximum);
    // "Above 0": a whole number starts at 1; the editor cannot refuse a price of exactly 0 (the build does, in words).
    const above = aboveMin && !int;
    if (aboveMin && int && min !== undefined) min += 1;
    const from = above ? `Above ${min}` : `At least ${min}`;
    const rules = [min !== undefined && max !== undefined && !above ? `From ${min} to ${max}.` : min !== undefined ? `${from}${max !== undefined ? `, at most ${max}` : ''}.` : ''].filter(Boolean);
    return base('number', rules, { value_type: int ? 'int' : 'float', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
  }
  // Text: a string, or a hint on a transform that reads text (ids, times, coordinates).
  const text = u.type === 'string' ? { min: u.minLength, max: u.maxLength } : {};
  const rules: string[] = [];
  if (text.min !== undefined && text.max !== undefined && text.min > 1) rules.push(`${text.min} to ${text.max} characters.`);
  else if (text.max !== undefined) rules.push(`At most ${text.max} characters.`);
  const options: Record<string, unknown> = {};
  if (text.min !== undefined && text.min > 1) options['minlength'] = text.min;
  if (text.max !== undefined) options['maxlength'] = text.max;
  if (u.type === 'string' && u.format === 'uri') Object.assign(options, { type: 'url' });
  if (u.type === 'string' && u.format === 'email') Object.assign(options, { type: 'email' });
  if (hint?.pattern) options['pattern'] = hint.pattern;
  return base(hint?.widget === 'text' ? 'text' : 'string', rules, options);
}

/** The fields of an object, each required where the object's list says so. */
function editorFields(object: JsonField, context: FieldContext): EditorField[] {
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([name, field]) => editorField(name, field, required.has(name), context));
}

/** A collection's schema as an object of fields (called with a stand-in image helper where the schema takes one). */
function collectionFields(schema: AnySchema): JsonField {
  const json = jsonSchemaOf(schema);
  if (!json.properties) throw new Error('A collection schema must be an object of fields');
  return json;
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
    const fields = editorFields(collectionFields(schemaOf(plan.name)), { identifierField, mediaFolder: 'images' });
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
  const clinicFields = editorFields(collectionFields(schemaOf('clinic')), { identifierField });
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
    // The clinic's own pictures only: a stock photo is never its people or its rooms (and comes from another origin).
    media_libraries: { stock_assets: false },
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
