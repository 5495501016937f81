/**
 * Turns a copy of content/ into a different clinic, the way a clinic replaces
 * the sample facts with its own: another name, city, time zone, phone and
 * address; another booking platform with other ids (typed without quotes);
 * renamed therapists, services and articles; other prices, hours and dates; the
 * jurisdiction's testimonials setting flipped; a draft, a scheduled article and
 * a parked file added. It works on whatever content/ holds, not on the sample's
 * file names, so that it stays a fair test after the clinic's own content lands.
 */
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import sharp from 'sharp';
import { parseDocument, type Document } from 'yaml';

const NAMES = ['Priya Raman', 'Tomás Ortega', 'Hana Sato', 'Olu Adeyemi', 'Greta Lind', 'Samir Haddad', 'Niamh Walsh', 'Kai Mendes'];

const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Entries of a folder (not parked), as [id, file name]. */
function entries(dir: string): Array<[string, string]> {
  try {
    return readdirSync(dir)
      .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
      .map((f) => [f.replace(/\.mdx?$/, ''), f]);
  } catch {
    return [];
  }
}

interface Markdown {
  doc: Document;
  body: string;
}
function readMarkdown(file: string): Markdown {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file} has no frontmatter`);
  return { doc: parseDocument(match[1]!), body: match[2]! };
}
function writeMarkdown(file: string, { doc, body }: Markdown): void {
  writeFileSync(file, `---\n${doc.toString().trimEnd()}\n---\n${body}`);
}

/** A calendar date moved by some days ("YYYY-MM-DD" as YAML 1.2 reads it). */
function shift(value: unknown, days: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  const date = new Date(`${String(value instanceof Date ? value.toISOString().slice(0, 10) : value)}T00:00:00Z`);
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Rewrites content/ in place and returns what it changed, a line each. */
export async function rewriteAsOtherClinic(content: string): Promise<string[]> {
  const log: string[] = [];
  const today = new Date().toISOString().slice(0, 10);

  // The clinic: another city, zone, phone, platform; testimonials setting flipped.
  const clinicFile = join(content, 'clinic.yaml');
  const clinic = parseDocument(readFileSync(clinicFile, 'utf8'));
  const was = { name: clinic.get('name'), zone: clinic.get('timeZone'), platform: clinic.getIn(['booking', 'platform']), testimonials: clinic.getIn(['jurisdiction', 'testimonialsAllowed']) };
  clinic.set('name', 'Maple & Pine Wellness');
  clinic.set('legalName', 'Maple and Pine Wellness Inc.');
  clinic.set('tagline', 'Registered massage therapy in the heart of Toronto');
  clinic.set('description', 'Maple & Pine Wellness is a registered massage therapy clinic in downtown Toronto, with early and late appointments and direct billing.');
  clinic.set('url', 'https://mapleandpine.example');
  clinic.setIn(['phone', 'e164'], '+14165550199');
  clinic.setIn(['phone', 'display'], '416-555-0199');
  clinic.set('email', 'frontdesk@mapleandpine.example');
  clinic.set('address', clinic.createNode({ street: '88 Queen Street West, Unit 4', locality: 'Toronto', region: 'ON', postalCode: 'M5H 2M9', country: 'CA' }));
  // Written the way staff type it: decimals ending in 0, without quotes.
  clinic.set('geo', parseDocument('latitude: 43.65230\nlongitude: -79.38320\n').contents);
  clinic.set('timeZone', 'America/Toronto');
  clinic.set('hours', parseDocument('- { days: [Mon, Wed, Fri], opens: "07:00", closes: "15:30" }\n- { days: [Tue, Thu], opens: "12:00", closes: "21:00" }\n- { days: [Sat], opens: "9:00", closes: "13:00" }\n').contents);
  clinic.set('specialHours', parseDocument(`- { date: ${shift(today, 40)}, closed: true, note: Staff training }\n- { date: ${shift(today, 41)}, closed: false, opens: "10:00", closes: "14:00", note: Reopening day }\n`).contents);
  clinic.set('priceRange', '$$$');
  clinic.set('booking', clinic.createNode({ platform: 'acuity', rootUrl: 'https://mapleandpine.as.me/schedule.php' }));
  clinic.set('cancellationSummary', 'Please cancel or move your visit at least one full business day ahead; later changes are charged in full.');
  clinic.set('mapUrl', 'https://www.openstreetmap.org/?mlat=43.6523&mlon=-79.3832#map=18/43.6523/-79.3832');
  clinic.delete('businessProfileUrl');
  clinic.set('parking', 'A paid garage is under the building; enter from Bay Street.');
  clinic.set('transit', 'Osgoode station is two minutes away; the 501 streetcar stops outside.');
  clinic.set('social', clinic.createNode([{ label: 'Mastodon', url: 'https://mastodon.example/@mapleandpine' }]));
  clinic.setIn(['jurisdiction', 'region'], 'CA-ON');
  clinic.setIn(['jurisdiction', 'testimonialsAllowed'], !was.testimonials);
  clinic.setIn(['jurisdiction', 'regulator'], clinic.createNode({ name: 'College of Massage Therapists of Ontario', url: 'https://college.example/', registerUrl: 'https://college.example/find-an-rmt', complaintsUrl: 'https://college.example/concerns' }));
  clinic.set('privacy', clinic.createNode({ officer: 'The clinic manager', email: 'privacy@mapleandpine.example', commissioner: { name: 'Information and Privacy Commissioner of Ontario', url: 'https://ipc.example/complaints' } }));
  writeFileSync(clinicFile, clinic.toString());
  log.push(`clinic: "${was.name}" → "Maple & Pine Wellness", ${was.zone} → America/Toronto, booking ${was.platform} → acuity, testimonialsAllowed ${was.testimonials ?? false} → ${!was.testimonials}`);

  // New ids for every therapist, service and article; references follow.
  const rename = new Map<string, Map<string, string>>();
  const therapists = entries(join(content, 'therapists'));
  rename.set('therapists', new Map(therapists.map(([id], i) => [id, slug(NAMES[i % NAMES.length]! + (i >= NAMES.length ? ` ${i}` : ''))])));
  rename.set('services', new Map(entries(join(content, 'services')).map(([id]) => [id, `${id}-session`])));
  rename.set('articles', new Map(entries(join(content, 'articles')).map(([id]) => [id, `guide-${id}`])));
  const to = (collection: string, id: unknown) => rename.get(collection)?.get(String(id)) ?? String(id);
  const list = (collection: string, value: unknown) => (Array.isArray(value) ? value.map((v) => to(collection, v)) : value);

  for (const [collection, ids] of rename) {
    for (const [id, file] of entries(join(content, collection))) {
      const path = join(content, collection, file);
      const md = readMarkdown(path);
      const d = md.doc;
      const index = [...ids.keys()].indexOf(id);
      if (collection === 'therapists') {
        d.set('name', NAMES[index % NAMES.length]);
        d.set('bookingRef', 7100 + index); // a number, as staff copy it from the platform
        d.setIn(['registration', 'number'], 30400 + index);
        d.setIn(['registration', 'body'], 'College of Massage Therapists of Ontario');
        d.setIn(['registration', 'registerUrl'], `https://register.example/on/${30400 + index}`);
        d.set('services', list('services', d.toJS()['services']));
        md.body = `${NAMES[index % NAMES.length]!.split(' ')[0]} has practised in Toronto for ${6 + index} years. ${md.body}`;
      }
      if (collection === 'services') {
        const data = d.toJS() as { durations: Array<{ minutes: number; price: number }>; therapists?: string[] };
        d.set('bookingRef', 5200 + index);
        d.set('durations', d.createNode(data.durations.map((x, i) => ({ minutes: x.minutes, price: Math.round(x.price * 1.15) + 0.5, bookingRef: 5200 + index * 10 + i + 1 }))));
        if (data.therapists) d.set('therapists', list('therapists', data.therapists));
        if (d.has('updatedDate')) d.set('updatedDate', shift(d.get('updatedDate'), -45));
      }
      if (collection === 'articles') {
        const data = d.toJS() as Record<string, unknown>;
        d.set('author', to('therapists', data['author']));
        if (data['reviewer']) d.set('reviewer', to('therapists', data['reviewer']));
        d.set('services', list('services', data['services']));
        for (const key of ['publishedDate', 'updatedDate', 'lastReviewed']) if (data[key]) d.set(key, shift(data[key], -30));
        md.body = md.body.replace(/<BookingCTA\s+service="([^"]+)"/g, (_, service: string) => `<BookingCTA service="${to('services', service)}"`);
      }
      writeMarkdown(path, md);
      renameSync(path, join(content, collection, file.replace(id, ids.get(id)!)));
    }
    log.push(`${collection}: ${[...ids].map(([a, b]) => `${a} → ${b}`).join(', ')}`);
  }
  for (const [, file] of entries(join(content, 'testimonials'))) {
    const path = join(content, 'testimonials', file);
    const md = readMarkdown(path);
    if (md.doc.has('service')) md.doc.set('service', to('services', md.doc.get('service')));
    writeMarkdown(path, md);
  }
  const pages = readdirSync(join(content, 'pages'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.md$/.test(f) && !f.split('/').some((s) => s.startsWith('_')));
  for (const file of pages) {
    const path = join(content, 'pages', file);
    const md = readMarkdown(path);
    md.doc.set('updatedDate', shift(md.doc.get('updatedDate'), -10));
    writeMarkdown(path, md);
  }

  // Work in progress a real clinic has: a draft, an article scheduled for next month, a parked file.
  const author = [...rename.get('therapists')!.values()][0]!;
  const service = [...rename.get('services')!.values()][0]!;
  const article = (title: string, published: string, extra: string, body: string) =>
    `---\ntitle: "${title}"\ndescription: "${title}: an article added by the different-clinic check to prove that unpublished work stays out."\npublishedDate: ${published}\nauthor: ${author}\nservices: [${service}]\n${extra}---\n\n${body}\n`;
  writeFileSync(join(content, 'articles', 'winter-walking.mdx'), article('Walking Through a Toronto Winter', shift(today, 30)!, '', 'Scheduled for next month.'));
  writeFileSync(join(content, 'articles', 'desk-stretches.mdx'), article('Desk Stretches, a Draft', shift(today, -3)!, 'draft: true\n', 'Still being written.'));
  writeFileSync(join(content, 'articles', '_ideas.mdx'), 'Not even frontmatter: a parked file is never read.\n');
  log.push('articles: added a scheduled article (winter-walking), a draft (desk-stretches) and a parked file (_ideas.mdx)');
  log.push(...(await swapPictures(content)));
  return log;
}

/**
 * Every picture replaced by another one, under another name, as a clinic replaces the
 * sample's placeholders with its own photos: a raster one mirrored and recoloured in its
 * own format, an SVG in other colours. Every file that names one follows.
 */
async function swapPictures(content: string): Promise<string[]> {
  const files = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((f) => !f.split('/').some((s) => s.startsWith('_')));
  const pictures = files.filter((f) => /\.(jpe?g|png|webp|avif|gif|svg)$/i.test(f));
  const renamed = new Map<string, string>();
  for (const file of pictures) {
    const path = join(content, file);
    const name = basename(file);
    const swapped = `mp-${name}`;
    const bytes = readFileSync(path);
    const replacement = /\.svg$/i.test(name)
      ? Buffer.from(bytes.toString('utf8').replace(/#[0-9a-f]{6}\b/gi, '#7a3e8f'))
      : await sharp(bytes).flop().modulate({ hue: 150 }).toFormat((await sharp(bytes).metadata()).format!).toBuffer();
    writeFileSync(join(dirname(path), swapped), replacement);
    rmSync(path);
    renamed.set(name, swapped);
  }
  for (const file of files.filter((f) => /\.(mdx?|ya?ml)$/.test(f))) {
    const path = join(content, file);
    const text = readFileSync(path, 'utf8');
    const updated = text.replace(/(\bimages\/)([^\s"'\])]+)/g, (whole, folder: string, name: string) => (renamed.has(name) ? `${folder}${renamed.get(name)}` : whole));
    if (updated !== text) writeFileSync(path, updated);
  }
  return pictures.length > 0 ? [`pictures: ${pictures.length} replaced by others under other names (${[...renamed].map(([a, b]) => `${a} → ${b}`).join(', ')})`] : [];
}
