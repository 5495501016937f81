/**
 * The checks across entries (src/lib/content/checks.ts), each on a small content set of
 * its own: the collections as Astro gives them after their schemas, only the fields read.
 * A whole build with these mistakes is the catalogue's (tests/build/catalogue-site.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  brokenReferences,
  checkContent,
  CONTENT_CHECKS,
  filesInUnlistedLanguages,
  futureReviews,
  missingBookingRefs,
  offeringsListedOnOneSide,
  offeringsWithoutAPlace,
  placeProblems,
  placeWordsInTheClinicFile,
  placesInLanguage,
  unfinishedArticles,
  untranslatedClinicWords,
  untranslatedFooterPages,
  untranslatedLinks,
  untranslatedPlaceWords,
  type ContentSet,
} from '../../src/lib/content/checks';
import { place } from './place';

const ref = (collection: string, id: string) => ({ collection, id });
const frenchWords = { tagline: 'Massothérapie', description: 'Une clinique.', payment: 'Carte.', cancellationSummary: '24 heures.', parking: 'Dans la rue.', transit: 'Autobus 1.', premisesAccessibility: 'Sans marche.' };

/** A clinic in one place (or those of `more.locations`), with one therapist who offers its one service, one article and one page: nothing wrong. */
function content(more: Partial<ContentSet> = {}, clinic: Partial<ContentSet['clinic']> = {}): ContentSet {
  return {
    clinic: {
      name: 'Test Clinic',
      phone: { e164: '+19025550100', display: '(902) 555-0100' },
      email: 'desk@clinic.example',
      booking: { platform: 'url', rootUrl: 'https://booking.example/clinic' },
      languages: ['en'],
      timeZone: 'America/Halifax',
      // Its place's facts: in clinic.yaml, unless it has content/locations/.
      ...(more.locations?.length ? {} : place),
      ...clinic,
    },
    locations: [],
    services: [{ id: 'massage', filePath: 'content/services/massage.md', data: { therapists: [ref('therapists', 'ada')], topics: [], locations: [] } }],
    therapists: [{ id: 'ada', filePath: 'content/therapists/ada.md', data: { services: [ref('services', 'massage')], locations: [] } }],
    articles: [
      {
        id: 'backs',
        filePath: 'content/articles/backs.mdx',
        body: 'Text.',
        data: { author: ref('therapists', 'ada'), services: [ref('services', 'massage')], topics: [], draft: false, title: 'Backs', description: 'About backs.', lastReviewed: new Date('2026-01-01') },
      },
    ],
    topics: [],
    pages: [{ id: 'about', filePath: 'content/pages/about.md', data: {} }],
    testimonials: [],
    now: new Date('2026-06-01T12:00:00Z'),
    ...more,
  };
}
const where = (problems: Array<{ file: string; field: string }>) => problems.map((p) => `${p.file}: ${p.field}`);

describe('the checks across entries', () => {
  it('find nothing in content with nothing wrong, in one language or two', () => {
    expect(checkContent(content())).toEqual([]);
    const french = content(
      {
        services: [...content().services, { id: 'fr/massage', filePath: 'content/services/fr/massage.md', data: { therapists: [ref('therapists', 'ada')], topics: [], locations: [] } }],
        therapists: [...content().therapists, { id: 'fr/ada', filePath: 'content/therapists/fr/ada.md', data: { services: [ref('services', 'massage')], locations: [] } }],
        pages: [...content().pages, { id: 'fr/about', filePath: 'content/pages/fr/about.md', data: {} }],
      },
      { languages: ['en', 'fr'], translations: { fr: frenchWords } },
    );
    expect(checkContent(french).map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([]);
  });

  it('are all run by checkContent, each once', () => {
    expect(new Set(CONTENT_CHECKS).size).toBe(CONTENT_CHECKS.length);
    expect(CONTENT_CHECKS).toHaveLength(13);
  });
});

describe('brokenReferences', () => {
  it('names the file and the field of each reference to nothing, and lists what there is', () => {
    const [article] = content().articles;
    const problems = brokenReferences(content({ articles: [{ ...article!, data: { ...article!.data, services: [ref('services', 'massage'), ref('services', 'masage')] } }] }));
    expect(where(problems)).toEqual(['content/articles/backs.mdx: services[1]']);
    expect(problems[0]!.message).toContain('known: massage');
  });
  it('names an image without its description by its line in the file', () => {
    const [article] = content().articles;
    const problems = brokenReferences({ ...content({ articles: [{ ...article!, body: 'Text.\n\n![](./x.jpg)\n' }] }), linesBeforeBody: () => 6 });
    expect(where(problems)).toEqual(['content/articles/backs.mdx: image on line 9']);
  });
});

describe('the offerings', () => {
  it('a therapist and a service that list each other on one side only: the file that leaves it out', () => {
    const problems = offeringsListedOnOneSide(content({ services: [{ ...content().services[0]!, data: { therapists: [], topics: [], locations: [] } }] }));
    expect(where(problems)).toEqual(['content/services/massage.md: therapists']);
  });
  it('reads the first language’s lists, which the translations carry', () => {
    const set = content({ therapists: [...content().therapists, { id: 'fr/ada', filePath: 'content/therapists/fr/ada.md', data: { services: [], locations: [] } }] });
    expect(offeringsListedOnOneSide(set)).toEqual([]);
  });
  it('a service a therapist offers at no place where they practise', () => {
    const locations = ['east', 'west'].map((id, i) => ({ id, filePath: `content/locations/${id}.md`, data: { ...place, name: id, phone: { e164: '+19025550111', display: '(902) 555-0111' }, order: i } }));
    const set = content({
      locations,
      services: [{ ...content().services[0]!, data: { therapists: [ref('therapists', 'ada')], topics: [], locations: [ref('locations', 'east')] } }],
      therapists: [{ ...content().therapists[0]!, data: { services: [ref('services', 'massage')], locations: [ref('locations', 'west')] } }],
    });
    expect(where(offeringsWithoutAPlace(set))).toEqual(['content/therapists/ada.md: locations']);
    expect(placeProblems(set).map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([]);
  });
});

describe('places', () => {
  it('a clinic in one place without all its facts in clinic.yaml', () => {
    expect(where(placeProblems(content({}, { transit: undefined })))).toEqual(['content/clinic.yaml: transit']);
  });
});

describe('publishing and booking', () => {
  it('a finished article with a TODO left in it, but not a draft', () => {
    const [article] = content().articles;
    const todo = { ...article!, body: 'TODO: write this.' };
    expect(where(unfinishedArticles(content({ articles: [todo] })))).toEqual(['content/articles/backs.mdx: body']);
    expect(unfinishedArticles(content({ articles: [{ ...todo, data: { ...todo.data, draft: true } }] }))).toEqual([]);
  });
  it('a service without the booking id its platform opens it by', () => {
    expect(missingBookingRefs(content())).toEqual([]);
    const problems = missingBookingRefs(content({}, { booking: { platform: 'jane', rootUrl: 'https://clinic.janeapp.com/' } }));
    expect(where(problems)).toEqual(['content/services/massage.md: bookingRef']);
    expect(problems[0]!.message).toContain('"jane"');
  });
  it('a review dated after the day the build publishes for', () => {
    const [article] = content().articles;
    const later = { ...article!, data: { ...article!.data, lastReviewed: new Date('2026-06-02') } };
    expect(where(futureReviews(content({ articles: [later] })))).toEqual(['content/articles/backs.mdx: lastReviewed']);
  });
});

describe('translations', () => {
  const inFrench = (more: Partial<ContentSet> = {}, words: Record<string, unknown> = frenchWords) => content(more, { languages: ['en', 'fr'], translations: { fr: words } });

  it('a file in the folder of a language the clinic does not list', () => {
    const set = content({ topics: [{ id: 'fr/necks', filePath: 'content/topics/fr/necks.md', data: {} }] });
    expect(where(filesInUnlistedLanguages(set))).toEqual(['content/topics/fr/necks.md: (file name)']);
  });
  it('a translated article whose author has no translation', () => {
    const [article] = content().articles;
    const set = inFrench({ articles: [article!, { ...article!, id: 'fr/backs', filePath: 'content/articles/fr/backs.mdx' }], services: [...content().services, { id: 'fr/massage', filePath: 'content/services/fr/massage.md', data: { therapists: [], topics: [], locations: [] } }] });
    expect(where(untranslatedLinks(set))).toEqual(['content/articles/fr/backs.mdx: author']);
  });
  it('a footer page the first language has and another does not', () => {
    const set = inFrench({ pages: [{ id: 'about', filePath: 'content/pages/about.md', data: {} }, { id: 'privacy', filePath: 'content/pages/privacy.md', data: {} }, { id: 'fr/privacy', filePath: 'content/pages/fr/privacy.md', data: {} }] });
    expect(where(untranslatedFooterPages(set))).toEqual(['content/pages/fr/about.md: (file)']);
  });
  it('the clinic’s own lines, direct billing only where the clinic bills directly', () => {
    const { payment: _p, ...without } = frenchWords;
    expect(where(untranslatedClinicWords(inFrench({}, without)))).toEqual(['content/clinic.yaml: translations.fr.payment']);
    expect(where(untranslatedClinicWords(content({}, { languages: ['en', 'fr'], directBilling: 'We bill insurers.', translations: { fr: frenchWords } })))).toEqual(['content/clinic.yaml: translations.fr.directBilling']);
  });
  it('a place’s words: in clinic.yaml for its one place, in each location’s file when there are files', () => {
    const { transit: _t, ...without } = frenchWords;
    expect(where(untranslatedPlaceWords(inFrench({}, without)))).toEqual(['content/clinic.yaml: translations.fr.transit']);
    const located = inFrench({ locations: [{ id: 'only', filePath: 'content/locations/only.md', data: { ...place, name: 'Only', phone: { e164: '+19025550111', display: '(902) 555-0111' }, order: 1, translations: { fr: { parking: 'Rue.', transit: 'Bus.', premisesAccessibility: 'Oui.' } } } }] });
    expect(where(placeWordsInTheClinicFile(located))).toEqual(['content/clinic.yaml: translations.fr.parking', 'content/clinic.yaml: translations.fr.transit', 'content/clinic.yaml: translations.fr.premisesAccessibility']);
    expect(untranslatedPlaceWords(located)).toEqual([]);
    expect(placesInLanguage(located, 'fr')[0]!.location.transit).toBe('Bus.');
  });
});
