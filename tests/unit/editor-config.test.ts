// The editor's configuration is made from the content model: every schema field
// has an editor field that agrees with it (required or not, choices, references,
// dates, sub-fields), every field carries its description and limits as the
// hint, and the whole validates against the editor's own published JSON schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { schemas } from '../../src/content-schema';
import { buildEditorConfig, EDITOR_COLLECTIONS, editorSettingsFromEnv, imageStandIn, PLACEHOLDER_REPO, type EditorField } from '../../src/lib/editor/config';

const config = buildEditorConfig(schemas, { repo: 'clinic/site', branch: 'main', authBaseUrl: 'https://auth.clinic.example', siteUrl: 'https://clinic.example/', clinicName: 'A Clinic' }, imageStandIn);
type Collection = { name: string; folder?: string; format?: string; extension?: string; fields?: EditorField[]; files?: Array<{ file: string; format: string; fields: EditorField[] }> };
const collections = config['collections'] as Collection[];
const fieldsOf = (name: string) => (name === 'clinic' ? collections.find((c) => c.name === 'clinic')!.files![0]!.fields : collections.find((c) => c.name === name)!.fields!);

/** The object shape inside a schema, read the way zod exposes it (fields() wraps an object in a pipe). */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = (schema as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; out?: z.ZodType; innerType?: z.ZodType } } })._zod.def;
  if (def.type === 'object') return def.shape;
  if (def.type === 'pipe') return shapeOf(def.out!);
  if (def.innerType) return shapeOf(def.innerType);
  return undefined;
}
const elementOf = (schema: z.ZodType): z.ZodType | undefined => {
  const def = (schema as unknown as { _zod: { def: { type: string; element?: z.ZodType; innerType?: z.ZodType } } })._zod.def;
  return def.type === 'array' ? def.element : def.innerType ? elementOf(def.innerType) : undefined;
};
const schemaOf = (name: keyof typeof schemas) => {
  const s = schemas[name];
  return typeof s === 'function' ? s({ image: imageStandIn }) : s;
};

/** Checks one level of fields against the schema's shape; returns the disagreements. */
function disagreements(shape: Record<string, z.ZodType>, fields: EditorField[], path: string): string[] {
  const problems: string[] = [];
  const names = fields.filter((f) => f.widget !== 'richtext').map((f) => f.name);
  if (JSON.stringify(names) !== JSON.stringify(Object.keys(shape))) problems.push(`${path}: editor fields ${names.join(',')} ≠ schema fields ${Object.keys(shape).join(',')}`);
  for (const [name, schema] of Object.entries(shape)) {
    const field = fields.find((f) => f.name === name);
    if (!field) continue;
    const where = `${path}.${name}`;
    // Required in the schema means: absent does not parse.
    const optional = schema.safeParse(undefined).success;
    if ((field.required !== false) === optional) problems.push(`${where}: required ${field.required !== false} but the schema ${optional ? 'accepts' : 'refuses'} a missing value`);
    const meta = (schema as unknown as { meta: () => Record<string, any> | undefined }).meta?.() ?? (schema as any)._zod.def.innerType?.meta?.();
    // Every field says what it is for, and the editor shows those words first.
    const description: string | undefined = meta?.description ?? (schema as any).description ?? (schema as any)._zod.def.innerType?.description;
    if (!description) problems.push(`${where}: the schema does not say what it is for (.describe)`);
    else if (!field.hint?.startsWith(description.trim())) problems.push(`${where}: the hint does not start with the schema's description`);
    if (meta?.editor?.widget === 'relation' && (field.widget !== 'relation' || field['collection'] !== meta.editor.collection)) problems.push(`${where}: should be a relation to ${meta.editor.collection}`);
    if (meta?.editor?.widget === 'date' && (field.widget !== 'datetime' || field['format'] !== 'YYYY-MM-DD' || field['type'] !== 'date')) problems.push(`${where}: should be a date picker writing YYYY-MM-DD`);
    const sub = shapeOf(schema);
    const element = elementOf(schema);
    const elementShape = element ? shapeOf(element) : undefined;
    const elementMeta = (element as any)?.meta?.();
    if (element && elementMeta?.editor?.widget === 'relation') {
      if (field.widget !== 'relation' || field['multiple'] !== true || field['collection'] !== elementMeta.editor.collection) problems.push(`${where}: should be a multiple relation to ${elementMeta.editor.collection}`);
    } else if (elementShape) {
      if (field.widget !== 'list' || !Array.isArray(field['fields'])) problems.push(`${where}: should be a list of objects`);
      else problems.push(...disagreements(elementShape, field['fields'] as EditorField[], where));
    } else if (sub && !element) {
      if (field.widget !== 'object' || !Array.isArray(field['fields'])) problems.push(`${where}: should be an object`);
      else problems.push(...disagreements(sub, field['fields'] as EditorField[], where));
    }
    const options = (schema as any)._zod.def.entries ?? (schema as any)._zod.def.innerType?._zod.def.entries ?? (element as any)?._zod.def.entries;
    if (options && JSON.stringify(field['options']) !== JSON.stringify(Object.values(options))) problems.push(`${where}: options ${String(field['options'])} ≠ ${Object.values(options)}`);
  }
  return problems;
}

describe('the editor configuration', () => {
  it('has a collection for every collection of the content model, and the clinic file', () => {
    expect(collections.map((c) => c.name).sort()).toEqual(Object.keys(schemas).sort());
    const clinic = collections.find((c) => c.name === 'clinic')!;
    expect(clinic.files).toEqual([expect.objectContaining({ file: 'content/clinic.yaml', format: 'massagerx-clinic' })]);
    for (const plan of EDITOR_COLLECTIONS) expect(collections.find((c) => c.name === plan.name)).toMatchObject({ folder: plan.folder, extension: plan.extension, format: `massagerx-${plan.name}-frontmatter` });
  });

  it.each(Object.keys(schemas))('%s: every schema field has an editor field that agrees with it', (name) => {
    expect(disagreements(shapeOf(schemaOf(name as keyof typeof schemas))!, fieldsOf(name), name)).toEqual([]);
  });

  it('turns limits into hints and character counters, and keeps the description first', () => {
    const article = fieldsOf('articles');
    const title = article.find((f) => f.name === 'title')!;
    expect(title).toMatchObject({ widget: 'string', minlength: 3, maxlength: 55 });
    expect(title.hint).toBe('The headline. 3 to 55 characters.');
    expect(article.find((f) => f.name === 'description')).toMatchObject({ minlength: 50, maxlength: 160, hint: expect.stringMatching(/ 50 to 160 characters\.$/) });
    expect(article.find((f) => f.name === 'draft')).toMatchObject({ widget: 'boolean', required: false, default: false });
    expect(article.find((f) => f.name === 'services')).toMatchObject({ widget: 'relation', multiple: true, min: 1, collection: 'services' });
    const hours = fieldsOf('clinic').find((f) => f.name === 'hours')!;
    expect((hours['fields'] as EditorField[]).find((f) => f.name === 'days')).toMatchObject({ widget: 'select', multiple: true, options: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] });
    // Numbers: "above 0" is at least 1 for a whole number and said in words for a price; a whole number's safe-integer range is no limit to show.
    const length = fieldsOf('services').find((f) => f.name === 'durations')!['fields'] as EditorField[];
    expect(length.find((f) => f.name === 'minutes')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, hint: expect.stringMatching(/ At least 1\.$/) });
    expect(length.find((f) => f.name === 'price')).toMatchObject({ widget: 'number', value_type: 'float', min: 0, hint: expect.stringMatching(/ Above 0\.$/) });
    const order = fieldsOf('services').find((f) => f.name === 'order')!;
    expect(order).toMatchObject({ widget: 'number', value_type: 'int', default: 100 });
    expect(order).not.toHaveProperty('min');
    expect(order).not.toHaveProperty('max');
    expect(JSON.stringify(config)).not.toContain(String(Number.MAX_SAFE_INTEGER));
  });

  it('gives articles a body with the booking box block, writes through pull requests, and leaves empty optional fields out', () => {
    const body = fieldsOf('articles').find((f) => f.name === 'body')!;
    expect(body).toMatchObject({ widget: 'richtext', editor_components: ['booking-cta', 'image'] });
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow', load_config_file: false, backend: { name: 'github', repo: 'clinic/site', branch: 'main', base_url: 'https://auth.clinic.example' }, output: { omit_empty_optional_fields: true } });
  });

  it('validates against the editor’s own published JSON schema', () => {
    const schemaPath = join(process.cwd(), 'node_modules/@sveltia/cms/schema/sveltia-cms.json');
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const valid = validate(JSON.parse(JSON.stringify(config)));
    expect(validate.errors?.slice(0, 5) ?? [], 'JSON schema errors').toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('the editor of a site in two languages', () => {
  const bilingual = buildEditorConfig(schemas, { repo: 'clinic/site', branch: 'main', siteUrl: 'https://clinic.example/', clinicName: 'A Clinic', languages: ['en', 'fr'] }, imageStandIn);
  const bilingualCollections = bilingual['collections'] as Array<Collection & { i18n?: unknown }>;

  it('edits each entry in both languages side by side: the translation is the file of the same name in fr/', () => {
    expect(bilingual['i18n']).toEqual({ structure: 'multiple_folders', locales: ['en', 'fr'], default_locale: 'en', omit_default_locale_from_file_path: true });
    for (const name of ['articles', 'services', 'therapists', 'topics', 'pages']) expect(bilingualCollections.find((c) => c.name === name)!.i18n, name).toBe(true);
    // One configuration for a site in one language: nothing about languages.
    expect(config).not.toHaveProperty('i18n');
    expect(collections.some((c) => 'i18n' in c)).toBe(false);
  });
  it('translates words and copies the rest (dates, prices, references) into the translation', () => {
    const article = Object.fromEntries(bilingualCollections.find((c) => c.name === 'articles')!.fields!.map((f) => [f.name, f['i18n']]));
    expect(article).toMatchObject({ title: true, description: true, body: true, publishedDate: 'duplicate', author: 'duplicate', services: 'duplicate' });
    const service = Object.fromEntries(bilingualCollections.find((c) => c.name === 'services')!.fields!.map((f) => [f.name, f['i18n']]));
    expect(service).toMatchObject({ title: true, summary: true, durations: 'duplicate', bookingRef: 'duplicate' });
  });
  it('says it of sub-fields too: a group with words is translated, its other parts copied; a group without words is copied whole', () => {
    const field = (collection: string, name: string) => bilingualCollections.find((c) => c.name === collection)!.fields!.find((f) => f.name === name)!;
    const parts = (f: EditorField) => Object.fromEntries((f['fields'] as EditorField[]).map((p) => [p.name, p['i18n']]));
    expect(parts(field('services', 'durations'))).toEqual({ minutes: 'duplicate', price: 'duplicate', bookingRef: 'duplicate' });
    expect(field('pages', 'questions')['i18n']).toBe(true);
    expect(parts(field('pages', 'questions'))).toEqual({ question: true, answer: true });
    expect(field('services', 'image')['i18n']).toBe(true);
    expect(parts(field('services', 'image'))).toEqual({ src: 'duplicate', alt: true, decorative: 'duplicate' });
    // A cited source keeps its own title, in whatever language it was published.
    expect(field('articles', 'citations')['i18n']).toBe('duplicate');
    expect(new Set(Object.values(parts(field('articles', 'citations'))))).toEqual(new Set(['duplicate']));
    // Every field at every depth says it.
    const unsaid = (fields: EditorField[], path: string): string[] =>
      fields.flatMap((f) => [...(f['i18n'] === undefined ? [`${path}${f.name}`] : []), ...unsaid((f['fields'] as EditorField[] | undefined) ?? (f['field'] ? [f['field'] as EditorField] : []), `${path}${f.name}.`)]);
    expect(bilingualCollections.filter((c) => c.i18n).flatMap((c) => unsaid(c.fields!, `${c.name}.`))).toEqual([]);
  });
  it('validates against the editor’s own published JSON schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(process.cwd(), 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8')));
    const valid = validate(JSON.parse(JSON.stringify(bilingual)));
    expect(validate.errors?.slice(0, 5) ?? [], 'JSON schema errors').toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('the repository the editor works on', () => {
  const clinic = { name: 'Clinic' };
  it('is CMS_GITHUB_REPO, else the repository GitHub Actions builds', () => {
    expect(editorSettingsFromEnv({ CMS_GITHUB_REPO: 'a/b', GITHUB_REPOSITORY: 'c/d' }, clinic, 'https://x.example/').repo).toBe('a/b');
    expect(editorSettingsFromEnv({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'c/d' }, clinic, 'https://x.example/').repo).toBe('c/d');
  });
  it('is never guessed on a host: a host build without it fails, saying what to set', () => {
    for (const env of [{ NETLIFY: 'true' }, { CF_PAGES: '1' }, { GITHUB_ACTIONS: 'true' }]) {
      expect(() => editorSettingsFromEnv(env, clinic, 'https://x.example/'), JSON.stringify(env)).toThrow(/CMS_GITHUB_REPO is not set.*Set it in the host’s environment variables/);
    }
  });
  it('is, in a local build, a placeholder no one can own (GitHub names have no underscore)', () => {
    const { repo } = editorSettingsFromEnv({ CI: 'true' }, clinic, 'https://x.example/');
    expect(repo).toBe(PLACEHOLDER_REPO);
    expect(repo.split('/')[0]).not.toMatch(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/);
  });
});
