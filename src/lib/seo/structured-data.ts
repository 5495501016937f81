/**
 * JSON-LD for search engines, built as data: one @graph per page, with stable
 * @ids so that the clinic, its people and its pages are the same nodes on every
 * page. Every builder is pure; the layouts only pass facts in.
 *
 * No review or rating markup (the clinic's own reviews may not be marked up),
 * and no FAQ markup (search engines no longer show it; FAQs stay visible).
 */
import type {
  BlogPosting,
  BreadcrumbList,
  MedicalWebPage,
  Offer,
  OpeningHoursSpecification,
  Person,
  PostalAddress,
  ProfilePage,
  Service,
  Thing,
  WebPage,
  WebSite,
} from 'schema-dts';
import { calendarDateInZone } from '../time/dates.ts';
import { hoursByDay, type OpeningHours, type SpecialHours } from '../time/hours.ts';

export type Node = Thing & { '@id': string };

export interface Graph {
  '@context': 'https://schema.org';
  '@graph': Node[];
}

/** The stable identifiers of the site's nodes. `site` is the origin with a trailing slash. */
export const ids = {
  clinic: (site: string) => `${site}#clinic`,
  /** One location of a clinic with several, by its page's address. */
  location: (pageUrl: string) => `${pageUrl}#location`,
  website: (site: string) => `${site}#website`,
  webpage: (url: string) => `${url}#webpage`,
  breadcrumb: (url: string) => `${url}#breadcrumb`,
  article: (url: string) => `${url}#article`,
  service: (url: string) => `${url}#service`,
  /** A therapist is one Person everywhere: on their profile, as an author, as a reviewer. */
  person: (profileUrl: string) => `${profileUrl}#person`,
};

const ref = (id: string) => ({ '@id': id });

export interface ClinicFacts {
  name: string;
  legalName?: string | undefined;
  description: string;
  /** The site's origin with a trailing slash, e.g. https://massagerx.example/ */
  site: string;
  phone: { e164: string };
  email: string;
  address: { street: string; locality: string; region: string; postalCode: string; country: string };
  geo: { latitude: number; longitude: number };
  hours: OpeningHours[];
  /** Holiday closures and changed hours still to come (upcomingSpecialHours), as the contact page lists them. */
  specialHours: SpecialHours[];
  priceRange: string;
  currency: string;
  payment: string;
  mapUrl: string;
  sameAs: string[];
  logoUrl: string;
  /** Its pictures: its place's photos, or the site's sharing card until it has one. */
  imageUrls: string[];
}

const DAY_NAMES = { Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday' } as const;

/** One specification per opening range, with the days it covers. */
export function openingHoursSpecification(hours: OpeningHours[]): OpeningHoursSpecification[] {
  const open = hoursByDay(hours).filter((d) => d.opens && d.closes);
  const ranges = new Map<string, string[]>();
  for (const day of open) {
    const key = `${day.opens}-${day.closes}`;
    ranges.set(key, [...(ranges.get(key) ?? []), `https://schema.org/${DAY_NAMES[day.day]}`]);
  }
  return [...ranges.entries()].map(([key, days]) => {
    const [opens, closes] = key.split('-') as [string, string];
    return { '@type': 'OpeningHoursSpecification', dayOfWeek: days as OpeningHoursSpecification['dayOfWeek'], opens, closes };
  });
}

/**
 * Holiday hours as search engines read them: one specification per day, valid
 * from and through that day; a closed day opens and closes at 00:00.
 */
export function specialOpeningHoursSpecification(special: SpecialHours[]): OpeningHoursSpecification[] {
  return special.map((s) => {
    const day = s.date.toISOString().slice(0, 10);
    const open = !s.closed && s.opens && s.closes;
    return { '@type': 'OpeningHoursSpecification', validFrom: day, validThrough: day, opens: open ? s.opens! : '00:00', closes: open ? s.closes! : '00:00' };
  });
}

/** Where a business is, and when: the same properties for the clinic with one place and for each location of one with several. */
function placeProperties(p: Pick<ClinicFacts, 'address' | 'geo' | 'mapUrl' | 'hours' | 'specialHours'>) {
  const address: PostalAddress = {
    '@type': 'PostalAddress',
    streetAddress: p.address.street,
    addressLocality: p.address.locality,
    addressRegion: p.address.region,
    postalCode: p.address.postalCode,
    addressCountry: p.address.country,
  };
  return {
    address,
    geo: { '@type': 'GeoCoordinates', latitude: p.geo.latitude, longitude: p.geo.longitude },
    hasMap: p.mapUrl,
    openingHoursSpecification: openingHoursSpecification(p.hours),
    ...(p.specialHours.length > 0 ? { specialOpeningHoursSpecification: specialOpeningHoursSpecification(p.specialHours) } : {}),
  };
}

// A clinic is both: a massage business (HealthAndBeautyBusiness) and a regulated health practice (MedicalBusiness).
const BUSINESS_TYPES = ['HealthAndBeautyBusiness', 'MedicalBusiness'];

/** Who the clinic is, whatever its places: the same node id on every page. */
function clinicIdentity(c: Pick<ClinicFacts, 'site' | 'name' | 'legalName' | 'description' | 'phone' | 'email'>) {
  return {
    '@id': ids.clinic(c.site),
    name: c.name,
    ...(c.legalName ? { legalName: c.legalName } : {}),
    description: c.description,
    url: c.site,
    telephone: c.phone.e164,
    email: c.email,
  };
}

/** A property with one value or several: one is written as itself, as schema.org reads either. */
const oneOrMany = <T>(values: T[]): T | T[] => (values.length === 1 ? values[0]! : values);

/** The clinic with one place: one business, at that place. */
export function clinicNode(c: ClinicFacts): Node {
  const { address, geo, hasMap, openingHoursSpecification: hours, ...special } = placeProperties(c);
  return {
    '@type': BUSINESS_TYPES,
    ...clinicIdentity(c),
    address,
    geo,
    hasMap,
    openingHoursSpecification: hours,
    ...special,
    priceRange: c.priceRange,
    currenciesAccepted: c.currency,
    paymentAccepted: c.payment,
    logo: c.logoUrl,
    image: oneOrMany(c.imageUrls),
    sameAs: c.sameAs,
  } as unknown as Node;
}

export type BrandFacts = Omit<ClinicFacts, 'address' | 'geo' | 'mapUrl' | 'hours' | 'specialHours'>;

export interface LocationFacts extends Pick<ClinicFacts, 'address' | 'geo' | 'mapUrl' | 'hours' | 'specialHours' | 'email' | 'imageUrls'> {
  /** The location's page, e.g. https://clinic.example/locations/kitsilano/ */
  url: string;
  name: string;
  phone: { e164: string };
  /** Its business profile, where it has one. */
  sameAs: string[];
}

/**
 * A clinic with several locations: the brand is the organisation (the same @id
 * as a one-place clinic's business, so that every page's publisher and provider
 * stay one node), and each location is a business of its own, with its own
 * address, hours and phone, part of the brand (Google's guidance for chains).
 */
export function brandNode(c: BrandFacts, locationUrls: string[]): Node {
  return {
    '@type': 'MedicalOrganization',
    ...clinicIdentity(c),
    logo: c.logoUrl,
    image: oneOrMany(c.imageUrls),
    sameAs: c.sameAs,
    subOrganization: locationUrls.map((url) => ref(ids.location(url))),
  } as unknown as Node;
}

export function locationNode(l: LocationFacts, brand: BrandFacts): Node {
  return {
    '@type': BUSINESS_TYPES,
    '@id': ids.location(l.url),
    name: l.name,
    url: l.url,
    telephone: l.phone.e164,
    email: l.email,
    ...placeProperties(l),
    priceRange: brand.priceRange,
    currenciesAccepted: brand.currency,
    paymentAccepted: brand.payment,
    image: oneOrMany(l.imageUrls),
    ...(l.sameAs.length > 0 ? { sameAs: l.sameAs } : {}),
    parentOrganization: ref(ids.clinic(brand.site)),
  } as unknown as Node;
}

/** The website, in each of its languages (one for most clinics). */
export function websiteNode(c: Pick<ClinicFacts, 'site' | 'name' | 'description'>, languages: string[] = ['en-CA']): Node {
  const site: WebSite = {
    '@type': 'WebSite',
    '@id': ids.website(c.site),
    url: c.site,
    name: c.name,
    description: c.description,
    inLanguage: languages.length === 1 ? languages[0]! : languages,
    publisher: ref(ids.clinic(c.site)),
  };
  return site as Node;
}

export interface Crumb {
  name: string;
  url: string;
}

/** The trail to a page, the page itself last. Only for inner pages (two items or more). */
export function breadcrumbNode(pageUrl: string, trail: Crumb[]): Node {
  if (trail.length < 2) throw new Error(`A breadcrumb trail needs at least two items (got ${trail.length} for ${pageUrl})`);
  const list: BreadcrumbList = {
    '@type': 'BreadcrumbList',
    '@id': ids.breadcrumb(pageUrl),
    itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
  return list as Node;
}

export interface PageFacts {
  url: string;
  name: string;
  description: string;
  site: string;
  /** Set on inner pages: the page links to its BreadcrumbList node. */
  hasBreadcrumb: boolean;
  imageUrl?: string | undefined;
  dateModified?: string | undefined;
  /** The page's language (its <html lang>); English (Canada) unless given. */
  inLanguage?: string | undefined;
}

export function webPageNode(page: PageFacts, type: 'WebPage' | 'CollectionPage' | 'ContactPage' | 'AboutPage' | 'SearchResultsPage' = 'WebPage'): Node {
  const node: WebPage = {
    '@type': type,
    '@id': ids.webpage(page.url),
    url: page.url,
    name: page.name,
    description: page.description,
    inLanguage: page.inLanguage ?? 'en-CA',
    isPartOf: ref(ids.website(page.site)),
    about: ref(ids.clinic(page.site)),
    ...(page.hasBreadcrumb ? { breadcrumb: ref(ids.breadcrumb(page.url)) } : {}),
    ...(page.imageUrl ? { primaryImageOfPage: { '@type': 'ImageObject', url: page.imageUrl } } : {}),
    ...(page.dateModified ? { dateModified: page.dateModified } : {}),
  } as WebPage;
  return node as Node;
}

export interface TherapistFacts {
  profileUrl: string;
  name: string;
  credentials: string;
  role: string;
  registration: { body: string; number: string; registerUrl: string };
  /** The registration as a credential, in the page's language: its category and name ("RMT, registration number 00000"). */
  credential: { category: string; name: string };
  languages: string[];
  focus: string[];
  imageUrl?: string | undefined;
}

export function personNode(t: TherapistFacts, site: string): Node {
  const person: Person = {
    '@type': 'Person',
    '@id': ids.person(t.profileUrl),
    name: t.name,
    url: t.profileUrl,
    jobTitle: t.role,
    honorificSuffix: t.credentials,
    worksFor: ref(ids.clinic(site)),
    knowsLanguage: t.languages,
    knowsAbout: t.focus,
    hasCredential: {
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: t.credential.category,
      name: t.credential.name,
      recognizedBy: { '@type': 'Organization', name: t.registration.body },
      url: t.registration.registerUrl,
    },
    ...(t.imageUrl ? { image: t.imageUrl } : {}),
  };
  return person as Node;
}

export interface ArticleFacts {
  page: PageFacts;
  headline: string;
  datePublished: Date;
  dateModified: Date;
  lastReviewed?: Date | undefined;
  timeZone: string;
  author: TherapistFacts;
  reviewer?: TherapistFacts | undefined;
  imageUrl: string;
  topics: string[];
  citations: Array<{ title: string; publisher: string; year: number; url: string }>;
  /** Words of the body and whole minutes to read them (src/lib/content/reading-time.ts), as the byline shows them. */
  wordCount: number;
  readingMinutes: number;
}

/** A health article is a MedicalWebPage (reviewed, with a date) whose main entity is a BlogPosting. */
export function articleNodes(a: ArticleFacts): Node[] {
  const { page } = a;
  const datePublished = calendarDateInZone(a.datePublished, a.timeZone);
  const dateModified = calendarDateInZone(a.dateModified, a.timeZone);
  const webpage: MedicalWebPage = {
    ...(webPageNode({ ...page, dateModified }) as unknown as MedicalWebPage),
    '@type': 'MedicalWebPage',
    // The page is about its health topics, not about the clinic.
    about: a.topics.map((name) => ({ '@type': 'Thing', name })),
    mainEntity: ref(ids.article(page.url)),
    ...(a.reviewer && a.lastReviewed
      ? { reviewedBy: ref(ids.person(a.reviewer.profileUrl)), lastReviewed: a.lastReviewed.toISOString().slice(0, 10) }
      : {}),
  } as MedicalWebPage;
  const posting: BlogPosting = {
    '@type': 'BlogPosting',
    '@id': ids.article(page.url),
    headline: a.headline,
    description: page.description,
    url: page.url,
    mainEntityOfPage: ref(ids.webpage(page.url)),
    datePublished,
    dateModified,
    author: ref(ids.person(a.author.profileUrl)),
    publisher: ref(ids.clinic(page.site)),
    image: a.imageUrl,
    inLanguage: page.inLanguage ?? 'en-CA',
    keywords: a.topics,
    wordCount: a.wordCount,
    timeRequired: `PT${a.readingMinutes}M`,
    isPartOf: ref(ids.website(page.site)),
    ...(a.citations.length > 0
      ? {
          citation: a.citations.map((c) => ({
            '@type': 'CreativeWork' as const,
            name: c.title,
            url: c.url,
            datePublished: String(c.year),
            publisher: { '@type': 'Organization' as const, name: c.publisher },
          })),
        }
      : {}),
  };
  const people = [a.author, ...(a.reviewer && a.reviewer.profileUrl !== a.author.profileUrl ? [a.reviewer] : [])].map((t) => personNode(t, page.site));
  return [webpage as Node, posting as Node, ...people];
}

export interface ServiceFacts {
  page: PageFacts;
  name: string;
  category: string;
  currency: string;
  /** Each length, with its name as the page's language says it ("60 minutes"). */
  durations: Array<{ minutes: number; label: string; price: number; bookingUrl: string }>;
  providers: TherapistFacts[];
}

/** A service with one Offer per length. */
export function serviceNodes(s: ServiceFacts): Node[] {
  const offers: Offer[] = s.durations.map((d) => ({
    '@type': 'Offer',
    name: `${s.name}, ${d.label}`,
    price: d.price,
    priceCurrency: s.currency,
    url: d.bookingUrl,
    availability: 'https://schema.org/InStock',
    itemOffered: ref(ids.service(s.page.url)) as Service,
  }));
  const service: Service = {
    '@type': 'Service',
    '@id': ids.service(s.page.url),
    name: s.name,
    description: s.page.description,
    url: s.page.url,
    serviceType: s.category,
    ...(s.page.imageUrl ? { image: s.page.imageUrl } : {}),
    provider: ref(ids.clinic(s.page.site)),
    offers,
  };
  return [webPageNode(s.page), service as Node];
}

/** A therapist's page: a ProfilePage whose main entity is the therapist. */
export function profilePageNodes(page: PageFacts, therapist: TherapistFacts): Node[] {
  const profile: ProfilePage = {
    ...(webPageNode(page) as unknown as ProfilePage),
    '@type': 'ProfilePage',
    mainEntity: ref(ids.person(therapist.profileUrl)),
  } as ProfilePage;
  return [profile as Node, personNode(therapist, page.site)];
}

export function graph(nodes: Node[]): Graph {
  const seen = new Set<string>();
  const unique = nodes.filter((n) => (seen.has(n['@id']) ? false : (seen.add(n['@id']), true)));
  return { '@context': 'https://schema.org', '@graph': unique };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so that no text can close the script element. */
export function jsonLdText(g: Graph): string {
  return JSON.stringify(g).replace(/</g, '\\u003c');
}
