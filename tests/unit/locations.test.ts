import { describe, expect, it } from 'vitest';
import { locationsOf, placeInLanguage, resolveLocations, type ClinicForLocations, type LocationEntryForResolve, type PlaceWords } from '../../src/lib/clinic/locations';
import { photo, place } from './place';

const clinic: ClinicForLocations = {
  name: 'Test Clinic',
  phone: { e164: '+19025550100', display: '(902) 555-0100' },
  email: 'desk@clinic.example',
  booking: { platform: 'jane', rootUrl: 'https://clinic.janeapp.com/' },
};
const entry = (id: string, order: number, more: Partial<LocationEntryForResolve['data']> = {}): LocationEntryForResolve => ({
  id,
  filePath: `content/locations/${id}.md`,
  data: { ...place, name: `Clinic ${id}`, phone: { e164: '+19025550111', display: '(902) 555-0111' }, order, ...more } as LocationEntryForResolve['data'],
});

describe('resolveLocations: one place, in clinic.yaml', () => {
  it('is the clinic itself, with no page of its own', () => {
    const { locations, problems } = resolveLocations({ ...clinic, ...place }, []);
    expect(problems).toEqual([]);
    expect(locations).toHaveLength(1);
    expect(locations[0]).toMatchObject({ id: 'clinic', name: 'Test Clinic', phone: clinic.phone, email: clinic.email, booking: clinic.booking, hasOwnPage: false, address: place.address });
  });
  it('names each place field clinic.yaml lacks, and where else it could go', () => {
    const { mapUrl: _m, transit: _t, ...partial } = place;
    const { problems } = resolveLocations({ ...clinic, ...partial }, []);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/clinic.yaml mapUrl', 'content/clinic.yaml transit']);
    expect(problems[0]!.message).toContain('content/locations/');
  });
});

describe('resolveLocations: content/locations/', () => {
  it('orders them, and gives each a page when there are several', () => {
    const { locations, problems } = resolveLocations(clinic, [entry('west', 2), entry('east', 1)]);
    expect(problems).toEqual([]);
    expect(locations.map((l) => [l.id, l.hasOwnPage])).toEqual([['east', true], ['west', true]]);
  });
  it('one file is one place, as in clinic.yaml: no page of its own', () => {
    expect(resolveLocations(clinic, [entry('only', 1)]).locations[0]!.hasOwnPage).toBe(false);
  });
  it('books with the clinic’s platform, at the location’s own page or Jane location where it has one', () => {
    const { locations } = resolveLocations(clinic, [entry('a', 1, { booking: { location: 'downtown' } }), entry('b', 2, { booking: { rootUrl: 'https://other.janeapp.com/' } })]);
    expect(locations.map((l) => l.booking)).toEqual([
      { platform: 'jane', rootUrl: 'https://clinic.janeapp.com/', location: 'downtown' },
      { platform: 'jane', rootUrl: 'https://other.janeapp.com/', location: undefined },
    ]);
  });
  it('takes the clinic’s email where a location has none of its own', () => {
    const { locations } = resolveLocations(clinic, [entry('a', 1), entry('b', 2, { email: 'b@clinic.example' })]);
    expect(locations.map((l) => l.email)).toEqual(['desk@clinic.example', 'b@clinic.example']);
  });
  it('refuses place facts written twice: in clinic.yaml and in the locations', () => {
    const { problems } = resolveLocations({ ...clinic, address: place.address, specialHours: [] }, [entry('a', 1), entry('b', 2)]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/clinic.yaml address']);
    expect(problems[0]!.message).toMatch(/move address into each location's file and remove it here/);
  });
  it('refuses a Jane location where the clinic books elsewhere, naming the file', () => {
    const { problems } = resolveLocations({ ...clinic, booking: { platform: 'acuity', rootUrl: 'https://clinic.as.me/' } }, [entry('a', 1, { booking: { location: 'downtown' } }), entry('b', 2)]);
    expect(problems).toEqual([{ file: 'content/locations/a.md', field: 'booking.location', message: expect.stringContaining('acuity') }]);
  });
});

describe('locationsOf', () => {
  const all = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('is every location when none is named, else those named, in the locations’ order', () => {
    expect(locationsOf([], all)).toEqual(all);
    expect(locationsOf([{ id: 'c' }, { id: 'a' }], all)).toEqual([{ id: 'a' }, { id: 'c' }]);
  });
});

describe('placeInLanguage: a location in a second language', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const holiday = { date: day('2099-07-01'), closed: true, note: 'Canada Day' };
  const shortDay = { date: day('2099-12-24'), closed: false, opens: '09:00', closes: '12:00', note: 'Christmas Eve' };
  const past = { date: day('2001-01-01'), closed: true, note: 'Long ago' };
  const [east] = resolveLocations(clinic, [entry('east', 1, { specialHours: [holiday, shortDay, past] }), entry('west', 2)]).locations;
  const source = { file: 'content/locations/east.md', language: 'fr', upcoming: [holiday, shortDay], hasIntro: false };
  const words: PlaceWords = {
    parking: 'Stationnement sur la rue.',
    transit: 'Autobus 1.',
    premisesAccessibility: 'De plain-pied.',
    specialHours: [
      { date: day('2099-12-24'), note: 'Veille de Noël' },
      { date: day('2099-07-01'), note: 'Fête du Canada' },
    ],
  };

  it('takes its words from the translation and keeps every fact', () => {
    const { location, problems } = placeInLanguage(east!, { ...words, name: 'Clinique est' }, source);
    expect(problems).toEqual([]);
    expect(location).toMatchObject({ name: 'Clinique est', parking: words.parking, transit: words.transit, premisesAccessibility: words.premisesAccessibility });
    expect(location.specialHours).toEqual([{ ...holiday, note: 'Fête du Canada' }, { ...shortDay, note: 'Veille de Noël' }, past]);
    for (const fact of ['address', 'geo', 'hours', 'phone', 'email', 'booking', 'mapUrl', 'hasOwnPage', 'id'] as const) expect(location[fact], fact).toEqual(east![fact]);
  });
  it('keeps the location’s name where the translation gives none', () => {
    expect(placeInLanguage(east!, words, source).location.name).toBe(east!.name);
  });
  it('names each missing line, with the file and the field', () => {
    const { problems } = placeInLanguage(east!, { parking: words.parking }, source);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/locations/east.md translations.fr.transit',
      'content/locations/east.md translations.fr.premisesAccessibility',
      'content/locations/east.md translations.fr.specialHours',
      'content/locations/east.md translations.fr.specialHours',
    ]);
    expect(problems[2]!.message).toContain('2099-07-01 ("Canada Day")');
    expect(problems[3]!.message).toContain('2099-12-24 ("Christmas Eve")');
    expect(placeInLanguage(east!, undefined, source).problems).toHaveLength(5);
  });
  it('a past day’s note needs no translation', () => {
    expect(placeInLanguage(east!, words, source).problems).toEqual([]);
  });
  it('refuses a note for a day that is not a special day, and a day noted twice: never silently unused', () => {
    const wrong = { ...words, specialHours: [...words.specialHours!, { date: day('2099-07-02'), note: 'Lendemain' }, { date: day('2099-07-01'), note: 'Encore' }] };
    expect(placeInLanguage(east!, wrong, source).problems).toEqual([
      { file: source.file, field: 'translations.fr.specialHours[2].date', message: expect.stringContaining('2099-07-02 is not a special day') },
      { file: source.file, field: 'translations.fr.specialHours[3].date', message: expect.stringContaining('two notes') },
    ]);
  });
  it('the page’s words need their translation where the file has them', () => {
    const withIntro = { ...source, hasIntro: true };
    expect(placeInLanguage(east!, words, withIntro).problems).toEqual([{ file: source.file, field: 'translations.fr.intro', message: expect.stringContaining('is required') }]);
    expect(placeInLanguage(east!, { ...words, intro: '  Notre clinique.  ' }, withIntro)).toMatchObject({ problems: [], location: { intro: 'Notre clinique.' } });
  });
  it('its photos’ words are in the translation, one line per photo with words, a decorative one keeping none', () => {
    const room = photo('room.jpg', 'A treatment room with a window');
    const pattern = photo('pattern.jpg', '');
    const desk = photo('desk.jpg', 'The front desk');
    const [pictured] = resolveLocations(clinic, [entry('east', 1, { photos: [room, pattern, desk] }), entry('west', 2)]).locations;
    const translated = placeInLanguage(pictured!, { ...words, specialHours: [], photoAlts: ['Une salle de soins avec une fenêtre', 'L’accueil'] }, { ...source, upcoming: [] });
    expect(translated.problems).toEqual([]);
    expect(translated.location.photos).toEqual([{ ...room, alt: 'Une salle de soins avec une fenêtre' }, pattern, { ...desk, alt: 'L’accueil' }]);
    const short = placeInLanguage(pictured!, { ...words, specialHours: [], photoAlts: ['Une salle de soins'] }, { ...source, upcoming: [] });
    expect(short.problems).toEqual([{ file: source.file, field: 'translations.fr.photoAlts', message: expect.stringMatching(/has 1 line, and photos has 2 photos with alt text/) }]);
  });
});
