import type { Photo } from '../../src/lib/clinic/locations';

/** A place with every fact a location needs, for the unit tests of locations and of the checks across entries. */
export const place = {
  address: { street: '1 Main St', locality: 'Halifax', region: 'NS', postalCode: 'B3H 1A1', country: 'CA' },
  geo: { latitude: 44.6488, longitude: -63.5752 },
  hours: [{ days: ['Mon' as const], opens: '09:00', closes: '17:00' }],
  specialHours: [],
  mapUrl: 'https://maps.example/one',
  parking: 'Street parking.',
  transit: 'Bus 1.',
  premisesAccessibility: 'Step-free.',
  photos: [] as Photo[],
};

/** A photo as the image pipeline describes it, with its words. */
export const photo = (file: string, alt: string): Photo => ({ src: { src: `/_astro/${file}`, width: 1600, height: 1200, format: 'jpg' }, alt });
