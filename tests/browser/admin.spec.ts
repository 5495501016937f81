// The content editor at /admin/, driven in Chromium from the built fixture site
// under its real headers, offline. Its local-repository mode reads and writes a
// folder through the File System Access API: an init script hands it a folder of
// the origin-private file system, seeded with content files and an empty .git/,
// and the test reads the saved files back from it. Then the site is built from
// what the editor wrote.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { load } from 'cheerio';
import { parse as parseYaml } from 'yaml';
import { contentFilesInStyle, editorCollections, type StyledFile } from '../../scripts/lib/content-style.ts';
import { buildCopy, FIXTURE_CONTENT, ROOT } from '../../scripts/lib/project-copy.ts';
import { schemas } from '../../src/content-schema.ts';
import { parseEntry, serializeEntry, shapeOf } from '../../src/lib/content/format.ts';
import { buildEditorConfig, imageStandIn } from '../../src/lib/editor/config.ts';
import { FRENCH_TITLE, inFrench, TRANSLATED_ARTICLE } from '../../scripts/lib/fixtures/french.ts';
import { test, expect } from './fixtures';

/**
 * Requests the editor makes to other origins, all answered with an abort: a
 * status check of GitHub, shown as a notice when GitHub is down.
 */
const KNOWN_OFFSITE = [/^https:\/\/www\.githubstatus\.com\/api\/v2\/status\.json$/];

/**
 * Sveltia CMS 0.221.1 throws this once after saving an entry whose second language is off:
 * its language switcher reads the validation of every language, and a language that is off
 * has none. The save is complete and the editor goes on working (the test goes on editing
 * and saving after it); nothing is lost. Matched by message and the switcher's own call.
 */
const SWITCHER_ERROR = /^TypeError: Cannot convert undefined or null to object\n\s+at Object\.values \(<anonymous>\)/;

/** Files as the repository would hold them after `npm run format:content`, by path from the repository's root. */
const repository = (files: StyledFile[]) => Object.fromEntries(files.map((f) => [f.path, f.formatted]));

/** Watches a page for requests to other origins (aborted), policy violations and errors; `check` asserts there were none but those named (`knownErrors`: uncaught errors of the editor's own, by message and stack). */
async function watch(page: Page, knownErrors: RegExp[] = []) {
  const offsite: string[] = [];
  const problems: string[] = [];
  await page.context().route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      offsite.push(route.request().url());
      return route.abort();
    },
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // The aborted status check above, and the policy's own report of a feature this Chromium does not know.
    if (/net::ERR_FAILED|Failed to load resource/.test(m.text()) && m.location().url.includes('githubstatus')) return;
    // With the address: a resource that failed to load says nothing of which it was.
    problems.push(`${m.text()}${m.location().url ? ` (${m.location().url})` : ''}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).hostname === '127.0.0.1') problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => {
    if (!knownErrors.some((known) => known.test(e.stack ?? e.message))) problems.push(e.message);
  });
  return {
    check() {
      expect(offsite.filter((url) => !KNOWN_OFFSITE.some((known) => known.test(url))), 'requests to other origins').toEqual([]);
      expect(problems, 'errors and policy violations').toEqual([]);
    },
  };
}

async function openLocalRepository(page: Page, files: Record<string, string>) {
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
  });
  await page.goto('/admin/');
  await page.evaluate(async (seed) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
    await root.getDirectoryHandle('.git', { create: true });
    for (const [path, text] of Object.entries(seed)) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await expect(page.getByRole('tree', { name: 'Collection List' })).toBeVisible();
}

/** A file of the repository folder as the editor left it, once `until` holds for it. */
async function readSaved(page: Page, path: string, until: (text: string) => boolean): Promise<string> {
  let text = '';
  await expect
    .poll(
      async () => {
        text = await page.evaluate(async (p) => {
          try {
            let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
            const parts = p.split('/');
            for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
            return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
          } catch {
            return ''; // not written yet
          }
        }, path);
        // An empty file is one being written.
        return text !== '' && until(text);
      },
      { timeout: 15_000, message: `${path} as saved` },
    )
    .toBe(true);
  return text;
}

/** Opens a collection's list by its label (clicked on the label: an open folder's item holds its sub-folders too). */
async function openCollection(page: Page, label: string) {
  await page.getByRole('tree', { name: 'Collection List' }).getByRole('treeitem', { name: label, exact: true }).getByText(label, { exact: true }).click();
  await expect(page.getByRole('main', { name: new RegExp(`${label}.* Collection$`) })).toBeVisible();
}

/** Opens an entry's form as staff do: its collection in the list of collections (and its sub-folder, if any), then its row, named by its summary (which starts with `name`). */
async function openEntry(page: Page, collectionLabel: string, name: string, folder = '') {
  await openCollection(page, collectionLabel);
  if (folder) await page.getByRole('tree', { name: 'Collection List' }).getByRole('treeitem', { name: folder, exact: true }).click();
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('row', { name: new RegExp(`^${escaped}(?:$|[,·\\s])`) }).click();
  // The clinic's form is long: it may take a few seconds to draw on a busy machine.
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible({ timeout: 20_000 });
}

/** The editor draws a long form's fields, and a list's items, as they scroll into view: scrolls field after field into view until `target` is there. */
async function reveal(page: Page, target: Locator): Promise<Locator> {
  const fields = page.getByRole('group', { name: /Field$/ });
  for (let i = 0; i < 60 && (await target.count()) === 0 && i < (await fields.count()); i++) {
    // To the top of the view, so that what follows the field is drawn too (the last field may be tall).
    await fields.nth(i).evaluate((field) => field.scrollIntoView({ block: 'start' }));
    await target.first().waitFor({ state: 'attached', timeout: 400 }).catch(() => {});
  }
  await target.first().scrollIntoViewIfNeeded();
  return target.first();
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry saved' })).toBeVisible();
  // The form closes after a save (a new entry's a little later); the next entry is opened from the list.
  await expect(page.getByRole('button', { name: 'Save' })).toBeHidden({ timeout: 20_000 });
}

/** Lines that differ, as -/+ pairs (files of the same length compared line by line). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [`line count ${a.length} → ${b.length}`];
  return a.flatMap((line, i) => (line === b[i] ? [] : [`- ${line}`, `+ ${b[i]}`]));
}

/** A text of the same length that differs: its first letter's case flipped (no length limit or pattern can refuse it). */
const flipFirstLetter = (text: string) => text.replace(/\p{L}/u, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()));

/** The fixture clinic in English and French (scripts/lib/fixtures/french.ts), as a folder to seed the editor's repository from; the caller removes it. */
function frenchFixtureContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'massagerx-editor-french-'));
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  for (const [path, edit] of Object.entries(inFrench())) {
    const target = join(dir, path.replace(/^content\//, ''));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, edit(existsSync(target) ? readFileSync(target, 'utf8') : undefined));
  }
  return dir;
}

/** The date `days` from today in a time zone, as YYYY-MM-DD. */
const dayIn = (timeZone: string, days: number) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));

test.describe('the content editor', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('is the editor, kept out of search, under its own policy', async ({ request }) => {
    const response = await request.get('/admin/');
    expect(response.status()).toBe(200);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|sha256/);
    expect(response.headers()['x-robots-tag']).toBe('noindex, nofollow');
    const html = await response.text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    // The public pages keep their own policy.
    expect((await request.get('/')).headers()['content-security-policy']).not.toContain("'unsafe-inline'");
  });

  test('opens and saves every file of content/, changing only the line of the field it changed', { tag: '@content' }, async ({ page }) => {
    test.setTimeout(240_000);
    const watcher = await watch(page);
    const files = contentFilesInStyle(join(ROOT, 'content'));
    await openLocalRepository(page, repository(files));
    const collections = editorCollections();
    const tree = page.getByRole('tree', { name: 'Collection List' });
    for (const c of collections) await expect(tree.getByRole('treeitem', { name: c.label })).toBeVisible();

    for (const file of files) {
      await test.step(file.path, async () => {
        const collection = collections.find((c) => c.files?.some((f) => f.file === file.path) || (c.folder && file.path.startsWith(`${c.folder}/`)))!;
        const fields = collection.files?.find((f) => f.file === file.path)?.fields ?? collection.fields!;
        expect(collection.extension === undefined || file.path.endsWith(`.${collection.extension}`), `${file.path}: the editor lists only .${collection.extension} files`).toBe(true);
        // The first text field at the top (the title, name or clinic's name), as the style test changes it.
        const values = file.kind === 'entry' ? parseEntry(file.formatted, file.shape) : (parseYaml(file.formatted) as Record<string, unknown>);
        const field = fields.find((f) => (f.widget === 'string' || f.widget === 'text') && typeof values[f.name] === 'string')!;
        const before = String(values[field.name]);
        const folder = collection.folder ? dirname(file.path.slice(collection.folder.length + 1)) : '.';
        await openEntry(page, collection.label, collection.files ? collection.files.find((f) => f.file === file.path)!.label : before, folder === '.' ? '' : folder);
        const box = page.getByRole('textbox', { name: field.label, exact: true }).first();
        await expect(box).toHaveValue(before);
        await box.fill(flipFirstLetter(before));
        await save(page);
        const saved = await readSaved(page, file.path, (text) => text !== file.formatted);
        const line = (text: string) => text.split('\n').find((l) => l.startsWith(`${field.name}:`));
        expect(changedLines(file.formatted, saved)).toEqual([`- ${line(file.formatted)}`, `+ ${line(saved)}`]);
      });
    }
    watcher.check();
  });

  test('a new scheduled article with a booking box, a price, the hours and a therapist’s uploaded photo: written as the site reads them, built into the site', async ({ page }) => {
    test.setTimeout(300_000);
    const watcher = await watch(page);
    const files = contentFilesInStyle(FIXTURE_CONTENT);
    const seed = repository(files);
    await openLocalRepository(page, seed);
    const clinic = parseYaml(seed['content/clinic.yaml']!) as { timeZone: string; hours: Array<{ closes: string }> };
    const therapist = parseEntry(seed['content/therapists/ada-brennan.md']!, []) as { name: string };
    const service = parseEntry(seed['content/services/sports-massage.md']!, []) as { title: string; durations: Array<{ price: number }> };

    // An article whose body holds an MDX comment and a booking box over three lines: a title change changes the title's line only.
    const shoulderPath = 'content/articles/shoulder-tension-at-work.mdx';
    await openEntry(page, 'Articles', 'Shoulder Tension at Work: Five Small Fixes');
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await expect(title).toHaveValue('Shoulder Tension at Work: Five Small Fixes');
    await title.fill('Shoulder Tension at Work: Six Small Fixes');
    await save(page);
    const shoulder = await readSaved(page, shoulderPath, (t) => t.includes('Six Small Fixes'));
    expect(changedLines(seed[shoulderPath]!, shoulder)).toEqual(['- title: "Shoulder Tension at Work: Five Small Fixes"', '+ title: "Shoulder Tension at Work: Six Small Fixes"']);

    // A new article, published tomorrow in the clinic's zone, with a booking box chosen from the services.
    const due = dayIn(clinic.timeZone, 1);
    await openCollection(page, 'Articles');
    await page.getByRole('button', { name: 'Create New Entry' }).click();
    // The form is ready once it says what it makes; text typed before then is lost.
    await expect(page.getByText(/^Creating\W*Article\W*$/)).toBeVisible();
    const newTitle = page.getByRole('textbox', { name: 'Title', exact: true });
    await expect(async () => {
      await newTitle.fill('Stretches Between Training Sessions');
      await expect(newTitle).toHaveValue('Stretches Between Training Sessions', { timeout: 1000 });
    }).toPass();
    await page.getByRole('textbox', { name: 'Description', exact: true }).fill('Three gentle stretches for the days between hard sessions, and when a sports massage helps more than another stretch.');
    await page.getByLabel('Published date', { exact: true }).fill(due);
    await page.getByRole('radiogroup', { name: 'Author' }).getByRole('radio', { name: therapist.name }).check();
    await page.getByRole('group', { name: 'Services' }).getByRole('checkbox', { name: service.title }).check();
    const body = await reveal(page, page.getByRole('textbox', { name: 'Text', exact: true }));
    await body.click();
    await body.pressSequentially('Stretch gently on the days between hard sessions.');
    await body.press('Enter');
    await page.getByRole('button', { name: 'Insert' }).click();
    await page.getByRole('menuitem', { name: 'Booking box' }).click();
    const services = page.getByRole('radiogroup', { name: 'Service' });
    const otherPath = Object.keys(seed).find((path) => path.startsWith('content/services/') && !path.endsWith('/sports-massage.md'))!;
    const other = parseEntry(seed[otherPath]!, []) as { title: string };
    // The choice is in the entry once the preview shows the box with it. A choice made while the new box is still being
    // set up can be lost, as typing in a form not yet ready is (above): choose again, by way of another service, until it shows.
    await expect(async () => {
      if (await services.getByRole('radio', { name: service.title }).isChecked()) await services.getByRole('radio', { name: other.title }).check();
      await services.getByRole('radio', { name: service.title }).check();
      await expect(page.getByText('Booking box: sports-massage', { exact: true })).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 30_000 });
    await expect(newTitle).toHaveValue('Stretches Between Training Sessions');
    await save(page);
    const newPath = 'content/articles/stretches-between-training-sessions.mdx';
    const written = await readSaved(page, newPath, () => true);
    const fields = editorCollections().find((c) => c.name === 'articles')!.fields!;
    expect(serializeEntry(parseEntry(written, shapeOf(fields)), shapeOf(fields)), 'the new file is in the one style').toBe(written);
    expect(written).toContain(`\npublishedDate: ${due}\n`);
    expect(written).toContain('\nauthor: ada-brennan\n');
    expect(written).toContain('\nservices:\n  - sports-massage\n');
    expect(written.split('\n'), written).toContain('<BookingCTA service="sports-massage" />');

    // A price and the hours.
    const servicePath = 'content/services/sports-massage.md';
    await openEntry(page, 'Services', service.title);
    const newPrice = service.durations[0]!.price + 4;
    await (await reveal(page, page.getByRole('spinbutton', { name: 'Price', exact: true }))).fill(String(newPrice));
    await save(page);
    const priced = await readSaved(page, servicePath, (t) => t !== seed[servicePath]);
    expect(changedLines(seed[servicePath]!, priced)).toEqual([`-     price: ${service.durations[0]!.price}`, `+     price: ${newPrice}`]);

    const clinicPath = 'content/clinic.yaml';
    await openEntry(page, 'Clinic facts', 'Clinic facts');
    const closes = await reveal(page, page.getByRole('textbox', { name: 'Closes', exact: true }));
    await expect(closes).toHaveValue(clinic.hours[0]!.closes);
    await closes.fill('20:30');
    await save(page);
    const hours = await readSaved(page, clinicPath, (t) => t !== seed[clinicPath]);
    const closesLine = seed[clinicPath]!.split('\n').find((l) => /^ +closes: /.test(l))!;
    expect(changedLines(seed[clinicPath]!, hours)).toEqual([`- ${closesLine}`, `+ ${closesLine.replace(clinic.hours[0]!.closes, '20:30')}`]);

    // A therapist's photo, uploaded into their entry with its words: the file lands beside the entry, where the site's image() reads it.
    const lucPath = 'content/therapists/luc-tremblay.md';
    const luc = parseEntry(seed[lucPath]!, []) as { name: string; photo?: unknown };
    expect(luc.photo, 'the therapist the test gives a photo has none yet').toBeUndefined();
    await openEntry(page, 'Therapists', luc.name);
    await (await reveal(page, page.getByRole('group', { name: /Photo/ }))).getByRole('checkbox', { name: /Add/ }).check();
    const upload = await reveal(page, page.getByRole('group', { name: /Image file/ }));
    const photoBytes = readFileSync(join(FIXTURE_CONTENT, 'therapists/images/ada-brennan.jpg'));
    await upload.getByRole('button', { name: 'Browse' }).click();
    const library = page.getByRole('dialog', { name: 'Select Image' });
    // Only the clinic's own pictures: no stock photos (never the clinic's people or rooms, and from other origins).
    await expect(library.getByRole('group', { name: 'Stock Photos' })).toHaveCount(0);
    const chooser = page.waitForEvent('filechooser');
    await library.getByRole('button', { name: 'Upload' }).click();
    await (await chooser).setFiles({ name: 'luc-at-the-clinic.jpg', mimeType: 'image/jpeg', buffer: photoBytes });
    await library.getByRole('option', { name: /luc-at-the-clinic/ }).click();
    await library.getByRole('button', { name: 'Insert' }).click();
    const photoAlt = 'Luc Tremblay in the treatment room, smiling';
    // In the field once the library has closed: the path the entry will name, beside the entry.
    await expect(library).toBeHidden();
    await expect(page.getByText('./images/luc-at-the-clinic.jpg', { exact: true })).toBeVisible();
    await (await reveal(page, page.getByRole('textbox', { name: /^Alt text/ }))).fill(photoAlt);
    await save(page);
    const lucSaved = await readSaved(page, lucPath, (t) => t !== seed[lucPath]);
    const therapistFields = editorCollections().find((c) => c.name === 'therapists')!.fields!;
    const lucPhoto = (parseEntry(lucSaved, shapeOf(therapistFields)) as { photo?: { src: string; alt: string } }).photo;
    expect(lucPhoto).toMatchObject({ src: './images/luc-at-the-clinic.jpg', alt: photoAlt });
    const uploaded = await page.evaluate(async () => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
      for (const part of ['content', 'therapists', 'images']) dir = await dir.getDirectoryHandle(part);
      return [...new Uint8Array(await (await (await dir.getFileHandle('luc-at-the-clinic.jpg')).getFile()).arrayBuffer())];
    });
    expect(Buffer.from(uploaded).equals(photoBytes), 'the uploaded file, as it was').toBe(true);
    watcher.check();

    // The site, built from the files the editor wrote: the article waits for its day, then appears with its booking box.
    const content = mkdtempSync(join(tmpdir(), 'massagerx-editor-content-'));
    try {
      cpSync(FIXTURE_CONTENT, content, { recursive: true });
      const edited = { ...seed, [shoulderPath]: shoulder, [newPath]: written, [servicePath]: priced, [clinicPath]: hours, [lucPath]: lucSaved };
      writeFileSync(join(content, 'therapists/images/luc-at-the-clinic.jpg'), Buffer.from(uploaded));
      for (const [path, text] of Object.entries(edited)) {
        const target = join(content, path.replace(/^content\//, ''));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
      }
      const site = join(ROOT, '.cache/editor-site');
      const page$ = (path: string) => load(readFileSync(join(site, 'dist', path), 'utf8'));
      const jsonLd = ($: ReturnType<typeof load>) => $('script[type="application/ld+json"]').map((_, s) => $(s).text()).get().join('\n');

      const today = buildCopy(site, content);
      expect(today.status, today.output.slice(-3000)).toBe(0);
      expect(today.output).toContain(`content/articles/stretches-between-training-sessions.mdx: appears on ${due}`);
      expect(() => readFileSync(join(site, 'dist/articles/stretches-between-training-sessions/index.html'))).toThrow();
      const servicePage = page$('services/sports-massage/index.html');
      expect(jsonLd(servicePage)).toContain(`"price":${newPrice}`);
      expect(servicePage('main').text()).toContain(`$${newPrice}`);
      const home = page$('index.html');
      expect(jsonLd(home)).toContain('"closes":"20:30"');
      expect(home('footer').text()).toContain('8:30 p.m.');
      // The uploaded photo is the therapist's portrait, in its words.
      expect(page$('therapists/luc-tremblay/index.html')('main picture img').attr('alt')).toBe(photoAlt);

      const dueDay = buildCopy(site, content, { SITE_NOW: `${due}T12:00:00Z` });
      expect(dueDay.status, dueDay.output.slice(-3000)).toBe(0);
      const article = page$('articles/stretches-between-training-sessions/index.html');
      expect(article('h1').text()).toBe('Stretches Between Training Sessions');
      expect(article('main a[href="/services/sports-massage/"]').length).toBeGreaterThan(0);
      expect(jsonLd(article)).toContain('"datePublished":"');
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
  test('edits an entry in both languages: the translation opens beside the English and saves into its language folder, which the site builds', { tag: '@content' }, async ({ page }) => {
    test.setTimeout(300_000);
    const watcher = await watch(page, [SWITCHER_ERROR]);
    const content = frenchFixtureContent();
    try {
      const files = contentFilesInStyle(content);
      const seed = repository(files);
      // The editor as a bilingual clinic's build makes it: the served configuration's own settings, in both languages.
      await page.route('**/admin/config.json', async (route) => {
        const served = (await (await route.fetch()).json()) as { backend: { repo: string; branch: string; base_url?: string }; site_url: string };
        const clinic = parseYaml(seed['content/clinic.yaml']!) as { name: string; languages: string[] };
        const settings = { repo: served.backend.repo, branch: served.backend.branch, authBaseUrl: served.backend.base_url, siteUrl: served.site_url, clinicName: clinic.name, languages: clinic.languages };
        await route.fulfill({ json: buildEditorConfig(schemas, settings, imageStandIn) });
      });
      await openLocalRepository(page, seed);
      const frenchPane = page.getByRole('group', { name: /^Edit\W*French\W*Content$/ });
      const showFrench = () => page.getByRole('radiogroup', { name: 'Switch Locale' }).nth(1).getByRole('radio', { name: /^French/ }).click();
      const unchanged = async (path: string) => expect(await readSaved(page, path, () => true), `${path} unchanged`).toBe(seed[path]);

      // A translated article: the French form beside the English; a French title changes the French file's title line only.
      const englishPath = `content/articles/${TRANSLATED_ARTICLE}.mdx`;
      const frenchPath = `content/articles/fr/${TRANSLATED_ARTICLE}.mdx`;
      await openEntry(page, 'Articles', (parseEntry(seed[englishPath]!, []) as { title: string }).title);
      await showFrench();
      const frenchTitle = frenchPane.getByRole('textbox', { name: 'Title', exact: true });
      await expect(frenchTitle).toHaveValue(FRENCH_TITLE);
      const newFrenchTitle = flipFirstLetter(FRENCH_TITLE);
      await frenchTitle.fill(newFrenchTitle);
      await save(page);
      const savedFrench = await readSaved(page, frenchPath, (t) => t !== seed[frenchPath]);
      expect(changedLines(seed[frenchPath]!, savedFrench)).toEqual([`- title: "${FRENCH_TITLE}"`, `+ title: "${newFrenchTitle}"`]);
      await unchanged(englishPath);

      // An article with no translation: French is off, and an English edit writes no French file.
      const untranslatedPath = files.find(
        (f) => f.kind === 'entry' && f.listed && /^content\/articles\/[^/]+\.mdx$/.test(f.path) && !seed[f.path.replace('content/articles/', 'content/articles/fr/')] && !(parseEntry(f.formatted, f.shape) as { draft?: boolean }).draft,
      )!.path;
      const untranslated = parseEntry(seed[untranslatedPath]!, []) as { title: string };
      await openEntry(page, 'Articles', untranslated.title);
      await showFrench();
      await expect(frenchPane.getByRole('button', { name: /^Enable\W*French\W*$/ })).toBeVisible();
      await page.getByRole('textbox', { name: 'Title', exact: true }).first().fill(flipFirstLetter(untranslated.title));
      await save(page);
      await readSaved(page, untranslatedPath, (t) => t !== seed[untranslatedPath]);
      const frenchOfUntranslated = untranslatedPath.replace('content/articles/', 'content/articles/fr/');
      expect(await readSaved(page, frenchOfUntranslated, () => true).catch(() => ''), `${frenchOfUntranslated} not written`).toBe('');

      // A page in a sub-folder: its translation is in fr/ with the same sub-folder.
      const policyPath = 'content/pages/policies/cancellation.md';
      const frenchPolicyPath = 'content/pages/fr/policies/cancellation.md';
      const policy = parseEntry(seed[frenchPolicyPath]!, []) as { title: string };
      await openEntry(page, 'Pages and policies', (parseEntry(seed[policyPath]!, []) as { title: string }).title, 'policies');
      await showFrench();
      const policyTitle = frenchPane.getByRole('textbox', { name: 'Title', exact: true });
      await expect(policyTitle).toHaveValue(policy.title);
      await policyTitle.fill(flipFirstLetter(policy.title));
      await save(page);
      const savedPolicy = await readSaved(page, frenchPolicyPath, (t) => t !== seed[frenchPolicyPath]);
      expect(changedLines(seed[frenchPolicyPath]!, savedPolicy)).toEqual([`- title: ${policy.title}`, `+ title: ${flipFirstLetter(policy.title)}`]);
      await unchanged(policyPath);

      // A new translation: French turned on for a service, its words typed, the rest copied from the English.
      const servicePath = files.find((f) => f.path.startsWith('content/services/') && !seed[f.path.replace('content/services/', 'content/services/fr/')] && !f.path.includes('/fr/'))!.path;
      const frenchServicePath = servicePath.replace('content/services/', 'content/services/fr/');
      const service = parseEntry(seed[servicePath]!, []) as Record<string, unknown> & { title: string };
      await openEntry(page, 'Services', service.title);
      await showFrench();
      await frenchPane.getByRole('button', { name: /^Enable\W*French\W*$/ }).click();
      const words = { Title: 'Massage aux pierres chaudes', Summary: 'Des pierres de basalte chaudes et de longs mouvements lents pour relâcher les tensions et vous aider à vous reposer.', Category: 'Bien-être' };
      for (const [label, value] of Object.entries(words)) await frenchPane.getByRole('textbox', { name: label, exact: true }).fill(value);
      // Its picture is the English one: in French, only its words are written.
      const frenchAlt = 'Un dessin à la place du studio prêt pour un massage aux pierres chaudes';
      const hasPicture = Boolean(service['image']);
      if (hasPicture) await (await reveal(page, frenchPane.getByRole('textbox', { name: /^Alt text/ }))).fill(frenchAlt);
      const frenchBody = await reveal(page, frenchPane.getByRole('textbox', { name: 'Text', exact: true }));
      await frenchBody.click();
      await frenchBody.pressSequentially('Des pierres chaudes sont posées le long du dos.');
      await save(page);
      const newFrench = await readSaved(page, frenchServicePath, () => true);
      const serviceFields = editorCollections().find((c) => c.name === 'services')!.fields!;
      const frenchService = parseEntry(newFrench, shapeOf(serviceFields));
      expect(serializeEntry(frenchService, shapeOf(serviceFields)), 'the new translation is in the one style').toBe(newFrench);
      expect(frenchService).toMatchObject({ title: words.Title, summary: words.Summary, category: words.Category, body: expect.stringContaining('Des pierres chaudes') });
      // What is not words is the English file's: its picture too, named as the English file names it, with French words.
      for (const [name, value] of Object.entries(service)) if (!['title', 'summary', 'category', 'body', 'image'].includes(name)) expect(frenchService[name], name).toEqual(value);
      expect(hasPicture, 'the fixture’s untranslated service needs a picture for this test').toBe(true);
      expect(frenchService['image']).toMatchObject({ src: (service['image'] as { src: string }).src, alt: frenchAlt });
      await unchanged(servicePath);
      watcher.check();

      // The site, built from the files the editor wrote: each language's pages show its own words.
      const edited = { ...seed, [frenchPath]: savedFrench, [frenchPolicyPath]: savedPolicy, [frenchServicePath]: newFrench };
      for (const [path, text] of Object.entries(edited)) writeFileSync(join(content, path.replace(/^content\//, '')), text);
      const site = join(ROOT, '.cache/editor-site-fr');
      const built = buildCopy(site, content);
      expect(built.status, built.output.slice(-3000)).toBe(0);
      const page$ = (path: string) => load(readFileSync(join(site, 'dist', path, 'index.html'), 'utf8'));
      const slug = (path: string) => path.split('/').at(-1)!.replace(/\.mdx?$/, '');
      expect(page$(`fr/articles/${TRANSLATED_ARTICLE}`)('h1').text()).toBe(newFrenchTitle);
      expect(page$(`articles/${TRANSLATED_ARTICLE}`)('h1').text()).toBe((parseEntry(seed[englishPath]!, []) as { title: string }).title);
      expect(page$('fr/policies/cancellation')('h1').text()).toBe(flipFirstLetter(policy.title));
      const frenchServicePage = page$(`fr/services/${slug(servicePath)}`);
      expect(frenchServicePage('html').attr('lang')).toMatch(/^fr/);
      expect(frenchServicePage('h1').text()).toBe(words.Title);
      // The copied lengths and prices, written the French way.
      const { durations } = service as unknown as { durations: Array<{ minutes: number; price: number }> };
      expect(frenchServicePage('main').text().replace(/\s+/g, ' ')).toContain(`${durations[0]!.price} $`);
      expect(page$(`services/${slug(servicePath)}`)('h1').text()).toBe(service.title);
      // The English picture on the French page, found from the language folder, in French words.
      const englishPicture = page$(`services/${slug(servicePath)}`)('main img[data-photo="page"]').attr('src');
      expect(frenchServicePage('main img[data-photo="page"]').attr('alt')).toBe(frenchAlt);
      expect(frenchServicePage('main img[data-photo="page"]').attr('src')).toBe(englishPicture);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});


