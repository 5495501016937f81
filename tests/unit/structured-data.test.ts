import { describe, expect, it } from 'vitest';
import {
  articleNodes,
  brandNode,
  breadcrumbNode,
  clinicNode,
  graph,
  ids,
  jsonLdText,
  locationNode,
  openingHoursSpecification,
  personNode,
  specialOpeningHoursSpecification,
  profilePageNodes,
  serviceNodes,
  webPageNode,
  websiteNode,
  type ClinicFacts,
  type PageFacts,
  type TherapistFacts,
} from '../../src/lib/seo/structured-data';

const site = 'https://massagerx.example/';
const clinic: ClinicFacts = {
  name: 'Massage Rx',
  legalName: 'Massage Rx Inc.',
  description: 'A clinic.',
  site,
  phone: { e164: '+12505550100' },
  email: 'hello@massagerx.example',
  address: { street: '1 Example St', locality: 'Vancouver', region: 'BC', postalCode: 'V6B 0A1', country: 'CA' },
  geo: { latitude: 49.28273, longitude: -123.12074 },
  hours: [
    { days: ['Mon', 'Tue'], opens: '09:00', closes: '20:00' },
    { days: ['Sat'], opens: '10:00', closes: '16:00' },
  ],
  specialHours: [],
  priceRange: '$$',
  currency: 'CAD',
  payment: 'Visa',
  mapUrl: 'https://maps.example/x',
  sameAs: ['https://instagram.example/massagerx'],
  logoUrl: `${site}favicon.svg`,
  imageUrls: [`${site}og/default.png`],
};
const maya: TherapistFacts = {
  profileUrl: `${site}therapists/maya-chen/`,
  name: 'Maya Chen',
  credentials: 'RMT',
  role: 'Registered Massage Therapist',
  registration: { body: 'College', number: '00000', registerUrl: 'https://register.example/00000' },
  credential: { category: 'Inscription professionnelle', name: 'RMT, numéro d’inscription 00000' },
  languages: ['English'],
  focus: ['Back pain'],
};
const daniel: TherapistFacts = { ...maya, profileUrl: `${site}therapists/daniel-okafor/`, name: 'Daniel Okafor' };
const page = (path: string): PageFacts => ({ url: `${site}${path}`, name: 'Page', description: 'About it.', site, hasBreadcrumb: true });

describe('clinicNode', () => {
  const node = clinicNode(clinic) as unknown as Record<string, any>;
  it('is both a health-and-beauty and a medical business, with a stable id', () => {
    expect(node['@type']).toEqual(['HealthAndBeautyBusiness', 'MedicalBusiness']);
    expect(node['@id']).toBe('https://massagerx.example/#clinic');
  });
  it('has the address, geo to 5 decimals, E.164 phone, url, price range and sameAs', () => {
    expect(node['address']).toMatchObject({ '@type': 'PostalAddress', streetAddress: '1 Example St', addressCountry: 'CA' });
    expect(node['geo']).toEqual({ '@type': 'GeoCoordinates', latitude: 49.28273, longitude: -123.12074 });
    expect(node['telephone']).toBe('+12505550100');
    expect(node['url']).toBe(site);
    expect(node['priceRange']).toBe('$$');
    expect(node['sameAs']).toEqual(['https://instagram.example/massagerx']);
  });
  it('carries no rating or review markup', () => {
    expect(JSON.stringify(node)).not.toMatch(/aggregateRating|review/i);
  });
  it('has its logo, and its picture as one value, or its photos as a list', () => {
    expect(node).toMatchObject({ logo: clinic.logoUrl, image: `${site}og/default.png` });
    const photos = [`${site}_astro/room.jpg`, `${site}_astro/desk.jpg`];
    expect((clinicNode({ ...clinic, imageUrls: photos }) as unknown as Record<string, unknown>)['image']).toEqual(photos);
  });
});

describe('openingHoursSpecification', () => {
  it('groups days with the same hours into one specification', () => {
    expect(openingHoursSpecification(clinic.hours)).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'], opens: '09:00', closes: '20:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '10:00', closes: '16:00' },
    ]);
  });
});

describe('specialOpeningHoursSpecification', () => {
  const closed = { date: new Date('2026-12-25T00:00:00Z'), closed: true, note: 'Christmas Day' };
  const short = { date: new Date('2026-12-24T00:00:00Z'), closed: false, opens: '09:00', closes: '12:00' };
  it('gives each day its own range: closed as 00:00–00:00, changed hours as given', () => {
    expect(specialOpeningHoursSpecification([short, closed])).toEqual([
      { '@type': 'OpeningHoursSpecification', validFrom: '2026-12-24', validThrough: '2026-12-24', opens: '09:00', closes: '12:00' },
      { '@type': 'OpeningHoursSpecification', validFrom: '2026-12-25', validThrough: '2026-12-25', opens: '00:00', closes: '00:00' },
    ]);
  });
  it('is on the clinic only when there are special days', () => {
    expect(clinicNode(clinic)).not.toHaveProperty('specialOpeningHoursSpecification');
    expect((clinicNode({ ...clinic, specialHours: [closed] }) as unknown as Record<string, unknown>)['specialOpeningHoursSpecification']).toHaveLength(1);
  });
});

describe('brandNode and locationNode: a clinic with several locations', () => {
  const { address, geo, mapUrl, hours, specialHours, ...brand } = clinic;
  const kits = { url: `${site}locations/kits/`, name: 'Massage Rx Kitsilano', phone: { e164: '+16045550199' }, email: 'kits@massagerx.example', address: { ...address, street: '2 Beach Ave' }, geo, mapUrl, hours, specialHours, sameAs: [], imageUrls: [`${site}_astro/kits-room.jpg`] };
  it('the brand is the organisation under the clinic’s one id, with its locations as parts and no address of its own', () => {
    const node = brandNode(brand, [kits.url]) as unknown as Record<string, any>;
    expect(node).toMatchObject({ '@type': 'MedicalOrganization', '@id': ids.clinic(site), name: 'Massage Rx', subOrganization: [{ '@id': `${kits.url}#location` }] });
    expect(node).not.toHaveProperty('address');
    expect(node).not.toHaveProperty('openingHoursSpecification');
  });
  it('each location is a business with its own id, page, phone, address and hours, part of the brand', () => {
    const node = locationNode(kits, brand) as unknown as Record<string, any>;
    expect(node).toMatchObject({
      '@type': ['HealthAndBeautyBusiness', 'MedicalBusiness'],
      '@id': `${kits.url}#location`,
      url: kits.url,
      telephone: '+16045550199',
      address: { streetAddress: '2 Beach Ave' },
      parentOrganization: { '@id': ids.clinic(site) },
      priceRange: '$$',
    });
    expect(node['openingHoursSpecification']).toEqual(openingHoursSpecification(hours));
    expect(node).not.toHaveProperty('sameAs');
    // Its own photo, never the brand's pictures.
    expect(node['image']).toBe(kits.imageUrls[0]);
  });
});

describe('websiteNode and webPageNode', () => {
  it('link to each other and to the clinic by id', () => {
    const w = websiteNode(clinic) as unknown as Record<string, any>;
    expect(w).toMatchObject({ '@type': 'WebSite', '@id': ids.website(site), publisher: { '@id': ids.clinic(site) } });
    const p = webPageNode(page('services/'), 'CollectionPage') as unknown as Record<string, any>;
    expect(p).toMatchObject({ '@type': 'CollectionPage', '@id': `${site}services/#webpage`, isPartOf: { '@id': ids.website(site) }, breadcrumb: { '@id': `${site}services/#breadcrumb` } });
  });
});

describe('breadcrumbNode', () => {
  it('numbers the trail from 1 and needs two items at least', () => {
    const node = breadcrumbNode(`${site}services/`, [{ name: 'Home', url: site }, { name: 'Services', url: `${site}services/` }]) as unknown as Record<string, any>;
    expect(node['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: site },
      { '@type': 'ListItem', position: 2, name: 'Services', item: `${site}services/` },
    ]);
    expect(() => breadcrumbNode(site, [{ name: 'Home', url: site }])).toThrow(/at least two/);
  });
});

describe('articleNodes', () => {
  const nodes = articleNodes({
    page: page('articles/hip/'),
    headline: 'Hip balance',
    datePublished: new Date('2026-10-06'),
    dateModified: new Date('2026-11-20'),
    lastReviewed: new Date('2026-11-21'),
    timeZone: 'America/Toronto',
    author: maya,
    reviewer: daniel,
    imageUrl: `${site}og/articles/hip.png`,
    topics: ['Back pain'],
    citations: [{ title: 'Massage for low-back pain', publisher: 'Cochrane', year: 2015, url: 'https://doi.org/x' }],
    wordCount: 1234,
    readingMinutes: 5,
  }) as unknown as Array<Record<string, any>>;
  const byType = (t: string) => nodes.find((n) => n['@type'] === t)!;

  it('makes a MedicalWebPage reviewed by the reviewer, on the review date', () => {
    expect(byType('MedicalWebPage')).toMatchObject({
      '@id': `${site}articles/hip/#webpage`,
      reviewedBy: { '@id': `${site}therapists/daniel-okafor/#person` },
      lastReviewed: '2026-11-21',
      mainEntity: { '@id': `${site}articles/hip/#article` },
    });
  });
  it('makes a BlogPosting with dates in the clinic’s zone, the author as a Person with a bio URL, publisher, image and citations', () => {
    const post = byType('BlogPosting');
    expect(post).toMatchObject({
      headline: 'Hip balance',
      description: 'About it.',
      datePublished: '2026-10-06T00:00:00-04:00',
      dateModified: '2026-11-20T00:00:00-05:00',
      author: { '@id': `${site}therapists/maya-chen/#person` },
      publisher: { '@id': ids.clinic(site) },
      image: `${site}og/articles/hip.png`,
      wordCount: 1234,
      timeRequired: 'PT5M',
    });
    expect(post['citation']).toEqual([{ '@type': 'CreativeWork', name: 'Massage for low-back pain', url: 'https://doi.org/x', datePublished: '2015', publisher: { '@type': 'Organization', name: 'Cochrane' } }]);
    const people = nodes.filter((n) => n['@type'] === 'Person');
    expect(people.map((p) => p['url'])).toEqual([maya.profileUrl, daniel.profileUrl]);
  });
  it('leaves out review facts when there is no reviewer', () => {
    const [webpage] = articleNodes({
      page: page('articles/x/'),
      headline: 'X',
      datePublished: new Date('2026-01-01'),
      dateModified: new Date('2026-01-01'),
      timeZone: 'UTC',
      author: maya,
      imageUrl: 'i',
      topics: [],
      citations: [],
      wordCount: 10,
      readingMinutes: 1,
    }) as unknown as Array<Record<string, any>>;
    expect(webpage).not.toHaveProperty('reviewedBy');
    expect(webpage).not.toHaveProperty('lastReviewed');
  });
});

describe('serviceNodes', () => {
  it('makes a Service with one Offer per length', () => {
    const [, service] = serviceNodes({
      page: page('services/therapeutic-massage/'),
      name: 'Therapeutic Massage',
      category: 'Treatment',
      currency: 'CAD',
      durations: [
        { minutes: 30, label: '30 minutes', price: 75, bookingUrl: 'https://book.example/30' },
        { minutes: 60, label: '60 Minuten', price: 125, bookingUrl: 'https://book.example/60' },
      ],
      providers: [maya],
    }) as unknown as Array<Record<string, any>>;
    expect(service).toMatchObject({ '@type': 'Service', '@id': `${site}services/therapeutic-massage/#service`, provider: { '@id': ids.clinic(site) } });
    expect(service!['offers']).toHaveLength(2);
    expect(service!['offers'][1]).toMatchObject({ '@type': 'Offer', price: 125, priceCurrency: 'CAD', url: 'https://book.example/60', name: 'Therapeutic Massage, 60 Minuten' });
  });
});

describe('profilePageNodes and personNode', () => {
  it('makes a ProfilePage whose main entity is the therapist, with a checkable credential', () => {
    const [profile, person] = profilePageNodes(page('therapists/maya-chen/'), maya) as unknown as Array<Record<string, any>>;
    expect(profile).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@id': ids.person(maya.profileUrl) } });
    expect(person).toMatchObject({ '@type': 'Person', '@id': ids.person(maya.profileUrl), url: maya.profileUrl, worksFor: { '@id': ids.clinic(site) } });
    // In the words the page's language gives it.
    expect(person!['hasCredential']).toMatchObject({ credentialCategory: 'Inscription professionnelle', name: 'RMT, numéro d’inscription 00000', recognizedBy: { name: 'College' }, url: 'https://register.example/00000' });
    expect(personNode(maya, site)).toEqual(person);
  });
});

describe('graph and jsonLdText', () => {
  it('keeps one node per @id and escapes "<" so that text cannot close the script element', () => {
    const g = graph([websiteNode(clinic), websiteNode(clinic), clinicNode({ ...clinic, name: 'A </script><b>' })]);
    expect(g['@graph']).toHaveLength(2);
    const text = jsonLdText(g);
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)['@graph'][1].name).toBe('A </script><b>');
  });
});
