import { describe, expect, it } from 'vitest';
import { locationsOf, resolveLocations, type ClinicForLocations, type LocationEntryForResolve } from '../../src/lib/locations';

const place = {
  address: { street: '1 Main St', locality: 'Halifax', region: 'NS', postalCode: 'B3H 1A1', country: 'CA' },
  geo: { latitude: 44.6488, longitude: -63.5752 },
  hours: [{ days: ['Mon' as const], opens: '09:00', closes: '17:00' }],
  specialHours: [],
  mapUrl: 'https://maps.example/one',
  parking: 'Street parking.',
  transit: 'Bus 1.',
  premisesAccessibility: 'Step-free.',
};
const clinic: ClinicForLocations = {
  name: 'Test Clinic',
  phone: { e164: '+19025550100', display: '(902) 555-0100' },
  email: 'desk@clinic.example',
  booking: { platform: 'jane', rootUrl: 'https://clinic.janeapp.com/' },
};
const entry = (id: string, order: number, more: Partial<LocationEntryForResolve['data']> = {}): LocationEntryForResolve => ({
  id,
  filePath: `content/locations/${id}.md`,
  data: { ...place, name: `Clinic ${id}`, phone: { e164: '+19025550111', display: '(902) 555-0111' }, order, ...more },
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
