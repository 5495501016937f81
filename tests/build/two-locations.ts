// The fixture clinic (tests/fixtures/clinic/) as a clinic with two locations:
// its one place moved out of clinic.yaml into content/locations/water-street.md,
// and a second, East End, with its own address, phone, hours, holiday and Jane
// location. Luc practises at East End only, hot stone massage is offered at Water
// Street only; everything else is at both. Used by the build tests of locations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, parseDocument } from 'yaml';
import { FIXTURE_CONTENT, type Edits } from './fixture.ts';
import { FRENCH_HOLIDAY_NOTES, inFrench } from './french.ts';
import { PLACE_FIELDS } from '../../src/lib/locations.ts';

const PLACE = [...PLACE_FIELDS, 'specialHours', 'businessProfileUrl'];

const clinicOf = (content: string) => parseDocument(readFileSync(join(content, 'clinic.yaml'), 'utf8'));

/** clinic.yaml without its place fields. */
export const withoutPlace = (source: string | undefined) => {
  const doc = parseDocument(source!);
  for (const field of PLACE) doc.delete(field);
  return String(doc);
};

/** A location file's text: the place fields as clinic.yaml writes them (47.56150 keeps its last 0), then `more`. */
function locationFile(place: boolean, more: Record<string, unknown>, body = '', content = FIXTURE_CONTENT): string {
  const source = clinicOf(content);
  const doc = new Document(more);
  if (place) for (const field of PLACE) if (source.has(field)) doc.set(field, source.get(field, true));
  return `---\n${String(doc)}---\n${body}`;
}

/** A clinic's one place (the fixture's, or any content/'s), moved from clinic.yaml into a location file: the same clinic, so the same site. */
export function oneLocationMoved(content = FIXTURE_CONTENT): Edits {
  const clinic = clinicOf(content).toJS() as { name: string; phone: unknown };
  return {
    'content/clinic.yaml': withoutPlace,
    'content/locations/main.md': () => locationFile(true, { name: clinic.name, phone: clinic.phone }, '', content),
  };
}

export const EAST_END = {
  name: 'Harbour Light East End',
  phone: { e164: '+17095550199', display: '(709) 555-0199' },
  address: { street: '400 Topsail Road', locality: "St. John's", region: 'NL', postalCode: 'A1E 2B8', country: 'CA' },
  geo: { latitude: '47.53391', longitude: '-52.75520' },
  hours: [
    { days: ['Mon', 'Wed'], opens: '07:00', closes: '13:00' },
    { days: ['Sat'], opens: '09:30', closes: '14:30' },
  ],
  specialHours: [{ date: '2099-08-04', closed: true, note: 'Regatta Day' }],
  mapUrl: 'https://www.openstreetmap.org/?mlat=47.53391&mlon=-52.75520#map=18/47.53391/-52.75520',
  parking: 'A free lot behind the building.',
  transit: 'Metrobus route 2 stops across the road.',
  premisesAccessibility: 'One level, automatic doors, an accessible washroom.',
  booking: { location: 'east-end' },
  order: 2,
};

export function twoLocations(): Edits {
  const clinic = clinicOf(FIXTURE_CONTENT).toJS() as { phone: unknown };
  return {
    'content/clinic.yaml': withoutPlace,
    'content/locations/water-street.md': () => locationFile(true, { name: 'Harbour Light Water Street', phone: clinic.phone, booking: { location: 'water-street' }, order: 1 }, '\nOur first clinic, by the harbour.\n'),
    'content/locations/east-end.md': () => locationFile(false, EAST_END),
    'content/therapists/luc-tremblay.md': (source) => source!.replace(/^services:/m, 'locations: [east-end]\nservices:'),
    'content/services/hot-stone-massage.md': (source) => source!.replace(/^therapists:/m, 'locations: [water-street]\ntherapists:'),
  };
}

/** Water Street's and East End's words in French (their facts are the same in every language). */
export const FRENCH_LOCATION_WORDS = {
  'water-street': {
    name: 'Harbour Light rue Water',
    parking: 'Stationnement payant sur la rue Water.',
    transit: 'Les lignes 3 et 10 de Metrobus s’arrêtent devant la porte.',
    premisesAccessibility: 'Rez-de-chaussée, rampe à la porte de côté.',
    intro: 'Notre première clinique, au bord du port.',
    // Water Street keeps the fixture clinic's special days (moved from clinic.yaml), so their French notes too.
    specialHours: FRENCH_HOLIDAY_NOTES,
  },
  'east-end': {
    parking: 'Un stationnement gratuit derrière l’immeuble.',
    transit: 'La ligne 2 de Metrobus s’arrête de l’autre côté de la rue.',
    premisesAccessibility: 'De plain-pied, portes automatiques, salle de bain accessible.',
    specialHours: [{ date: '2099-08-04', note: 'Journée de la régate' }],
  },
} as const;

/** Applies each edit in turn where both lists edit the same file. */
function chained(...lists: Edits[]): Edits {
  const all: Edits = {};
  for (const list of lists) {
    for (const [path, edit] of Object.entries(list)) {
      const before = all[path];
      all[path] = before ? (source) => edit(String(before(source))) : edit;
    }
  }
  return all;
}

/** Sets translations.fr in a location file's front matter. */
const withFrench = (words: object) => (source: string | undefined) => {
  const [, front, body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(source!)!;
  const doc = parseDocument(front!);
  doc.set('translations', { fr: words });
  return `---\n${String(doc)}---\n${body}`;
};

/**
 * The clinic with two locations, in English and French (tests/build/french.ts): each
 * location's words in French in its own file, none left in clinic.yaml; Luc at East
 * End only in French too (a translation holds the same facts as its English file).
 */
export function twoLocationsInFrench(): Edits {
  const two = twoLocations();
  const placeWords = (yaml: string | undefined) => {
    const doc = parseDocument(yaml!);
    for (const field of ['parking', 'transit', 'premisesAccessibility', 'specialHours']) doc.deleteIn(['translations', 'fr', field]);
    return String(doc);
  };
  return chained(inFrench(), two, {
    'content/clinic.yaml': placeWords,
    'content/locations/water-street.md': withFrench(FRENCH_LOCATION_WORDS['water-street']),
    'content/locations/east-end.md': withFrench(FRENCH_LOCATION_WORDS['east-end']),
    'content/therapists/fr/luc-tremblay.md': two['content/therapists/luc-tremblay.md']!,
  });
}
