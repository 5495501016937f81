/**
 * The site's data layer (src/data/site.ts) on small collections of its own: Astro's
 * `astro:content` is mocked (as Starlight's tests do), so that loading, the checks
 * across entries, publishing and the views per language run without a build.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { place } from './place';

const collections: Record<string, unknown[]> = {};
vi.mock('astro:content', () => ({ getCollection: async (name: string) => collections[name] ?? [] }));

const ref = (collection: string, id: string) => ({ collection, id });
const entry = (collection: string, id: string, data: Record<string, unknown>, body = '') => ({
  collection,
  id,
  filePath: `content/${collection}/${id}.${collection === 'articles' ? 'mdx' : 'md'}`,
  body,
  data,
});
const article = (id: string, data: Record<string, unknown> = {}) =>
  entry('articles', id, { title: id, description: `About ${id}.`, author: ref('therapists', 'ada'), services: [ref('services', 'massage')], topics: [], draft: false, publishedDate: new Date('2026-01-10'), ...data }, 'Words to read.');

/** A clinic in English and French, one service and one therapist in both, two articles, one of them translated. */
function bilingualClinic(): void {
  Object.assign(collections, {
    clinic: [
      entry('clinic', 'clinic', {
        ...place,
        name: 'Test Clinic',
        phone: { e164: '+19025550100', display: '(902) 555-0100' },
        email: 'desk@clinic.example',
        booking: { platform: 'url', rootUrl: 'https://booking.example/clinic' },
        languages: ['en', 'fr'],
        timeZone: 'America/Halifax',
        tagline: 'Massage therapy',
        jurisdiction: { testimonialsAllowed: false },
        translations: { fr: { tagline: 'Massothérapie', description: 'Une clinique.', payment: 'Carte.', cancellationSummary: '24 heures.', parking: 'Rue.', transit: 'Bus.', premisesAccessibility: 'Sans marche.' } },
      }),
    ],
    services: ['massage', 'fr/massage'].map((id) => entry('services', id, { therapists: [ref('therapists', 'ada')], topics: [], locations: [], order: 1 })),
    therapists: ['ada', 'fr/ada'].map((id) => entry('therapists', id, { services: [ref('services', 'massage')], locations: [], order: 1 })),
    articles: [article('backs'), article('fr/backs'), article('hips', { publishedDate: new Date('2026-02-01') })],
    topics: [],
    pages: [],
    testimonials: [],
  });
}

/** site.ts loads once per module: each test gets a fresh one, built from its own collections. */
async function siteModule() {
  vi.resetModules();
  return import('../../src/data/site');
}

beforeEach(() => {
  for (const name of Object.keys(collections)) delete collections[name];
  vi.stubEnv('SITE_NOW', '2026-06-01T12:00:00Z');
});

describe('getSite on mocked collections', () => {
  it('gives each language its own entries, keyed by the file they translate, with the clinic’s words in it', async () => {
    bilingualClinic();
    const { getSite, pageInLanguages } = await siteModule();
    const [en, fr] = [await getSite(), await getSite('fr')];
    expect(en.articles.map((a) => a.id)).toEqual(['hips', 'backs']);
    expect(fr.articles.map((a) => a.id)).toEqual(['backs']);
    expect(fr.articles[0]!.filePath).toBe('content/articles/fr/backs.mdx');
    expect([en.clinic.tagline, fr.clinic.tagline]).toEqual(['Massage therapy', 'Massothérapie']);
    expect(fr.locations[0]!.transit).toBe('Bus.');
    expect((await pageInLanguages({ kind: 'article', id: 'backs', language: 'en', source: undefined })).map((p) => p.path)).toEqual(['/articles/backs/', '/fr/articles/backs/']);
    expect((await pageInLanguages({ kind: 'article', id: 'hips', language: 'en', source: undefined })).map((p) => p.path)).toEqual(['/articles/hips/']);
  });

  it('keeps a scheduled article out of a production build’s lists until its day', async () => {
    bilingualClinic();
    collections['articles']!.push(article('later', { publishedDate: new Date('2026-06-20') }));
    const { getSite } = await siteModule();
    const site = await getSite();
    expect(site.articles.map((a) => a.id)).not.toContain('later');
    expect(site.stateOf(collections['articles']!.at(-1) as never)).toBe('scheduled');
  });

  it('names every problem at once, in the entries and in a translation, each with its file and field', async () => {
    bilingualClinic();
    collections['articles']!.push(article('knees', { services: [ref('services', 'masage')] }));
    collections['therapists'] = collections['therapists']!.filter((t) => (t as { id: string }).id !== 'fr/ada');
    const { getSite } = await siteModule();
    const error = await getSite().then(
      () => undefined,
      (e: Error & { problems?: Array<{ file: string; field: string }> }) => e,
    );
    expect(error?.name).toBe('ContentError');
    expect(error!.problems!.map((p) => `${p.file}: ${p.field}`)).toEqual([
      'content/articles/knees.mdx: services[0]',
      'content/articles/fr/backs.mdx: author',
      'content/services/fr/massage.md: therapists',
    ]);
  });
});
