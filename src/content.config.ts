/**
 * The content model: what the clinic edits in content/, and what each field is
 * for. A value that breaks these rules stops the build with the file and the
 * field named, before anything is published.
 */
import { defineCollection, reference, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { BOOKING_PLATFORMS } from './lib/booking';
import { WEEKDAYS, minutesOfDay } from './lib/hours';

const time24 = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time in quotes, like "09:00" or "17:30"' });

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be a full https:// address' });

/** A meta description: long enough to say something, short enough that search results show it whole. */
const metaDescription = (field: string) =>
  z
    .string({ error: `${field} is required: one or two sentences shown in search results` })
    .min(50, { error: `${field} must be at least 50 characters; it is shown in search results` })
    .max(160, { error: `${field} must be at most 160 characters; it is shown in search results` });

/** How many decimals a coordinate was written with (5 decimals place it within about a metre). */
const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;
const coordinate = (min: number, max: number) =>
  z
    .number({ error: 'must be a number in decimal degrees' })
    .min(min)
    .max(max)
    .refine((value) => decimals(value) >= 5, { error: 'needs at least 5 decimals (about 1 m) so that map pins land on the door' });

/** An image with the text alternative that every image needs. */
const imageWithAlt = (image: SchemaContext['image'], what: string) =>
  z.object({
    src: image(),
    alt: z
      .string({ error: `${what} needs alt text: describe the picture for people who cannot see it` })
      .min(5, { error: `${what} alt text must describe the picture (at least 5 characters)` }),
  });

const clinic = defineCollection({
  loader: glob({ pattern: 'clinic.yaml', base: './content' }),
  schema: z.object({
    name: z.string().min(1).max(80).describe('The clinic name exactly as on its business profile; used in every page title and in structured data.'),
    legalName: z.string().optional().describe('Registered legal name, if different; shown in the footer.'),
    tagline: z.string().max(100).describe('One line under the name on the home page.'),
    description: z.string().min(50).max(200).describe('Two sentences about the clinic: the home page description for search results.'),
    url: httpsUrl.describe('The live site address, https://, no trailing path. SITE_URL overrides it for preview deploys.'),
    updatedDate: z.coerce.date({ error: 'updatedDate must be a date like 2026-11-20' }).optional().describe('When these facts last changed; the contact page’s "last modified" for search engines.'),
    phone: z
      .object({
        e164: z
          .string()
          .regex(/^\+[1-9]\d{6,14}$/, { error: 'must be in E.164 form: + country code and number, no spaces, e.g. "+16045550142"' })
          .describe('For tel: links and structured data.'),
        display: z.string().min(7).describe('As people read it, e.g. "(604) 555-0142".'),
      })
      .describe('The phone number, written once: header, footer, contact page, booking panels and structured data all read it.'),
    email: z.email({ error: 'must be an email address' }).describe('Public contact email.'),
    address: z
      .object({
        street: z.string().min(1),
        locality: z.string().min(1).describe('City.'),
        region: z.string().min(1).describe('Province or state code, e.g. BC.'),
        postalCode: z.string().min(3),
        country: z.string().regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code, e.g. CA' }),
      })
      .describe('Postal address, exactly as on the business profile.'),
    geo: z.object({ latitude: coordinate(-90, 90), longitude: coordinate(-180, 180) }).describe('Where the door is, for maps and structured data.'),
    timeZone: z
      .string()
      .refine(
        (zone) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: zone });
            return true;
          } catch {
            return false;
          }
        },
        { error: 'must be an IANA time zone such as America/Vancouver' },
      )
      .describe('The clinic’s time zone; dates in structured data carry its offset.'),
    hours: z
      .array(
        z
          .object({
            days: z.array(z.enum(WEEKDAYS, { error: `days must be among ${WEEKDAYS.join(', ')}` })).min(1),
            opens: time24,
            closes: time24,
          })
          .refine((h) => minutesOfDay(h.closes) > minutesOfDay(h.opens), { error: 'closes must be later than opens', path: ['closes'] }),
      )
      .min(1)
      .refine(
        (ranges) => {
          const days = ranges.flatMap((r) => r.days);
          return new Set(days).size === days.length;
        },
        { error: 'a day appears in two ranges; list each day once' },
      )
      .describe('Regular opening hours; days not listed are closed.'),
    specialHours: z
      .array(
        z.object({
          date: z.coerce.date({ error: 'must be a date like 2026-12-25' }),
          closed: z.boolean().default(false),
          opens: time24.optional(),
          closes: time24.optional(),
          note: z.string().optional().describe('Why, e.g. "Christmas Day".'),
        }),
      )
      .default([])
      .describe('Holiday closures and changed hours.'),
    priceRange: z
      .string()
      .regex(/^\${1,4}$/, { error: 'must be $ to $$$$' })
      .describe('Relative price level for search engines.'),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'must be a three-letter currency code such as CAD' })
      .describe('Currency of every price on the site.'),
    payment: z.string().describe('Accepted payment methods, as a sentence.'),
    directBilling: z.string().optional().describe('Direct billing to insurers, as a sentence.'),
    booking: z
      .object({
        platform: z
          .enum(BOOKING_PLATFORMS, { error: `must be one of ${BOOKING_PLATFORMS.join(', ')}` })
          .describe('Which online booking system the clinic uses; decides how deep links are built.'),
        rootUrl: httpsUrl.describe('The clinic’s booking home page on that platform.'),
        giftCardUrl: httpsUrl.optional().describe('Where gift cards are sold, if anywhere.'),
      })
      .describe('Online booking: every booking button links here, to the service or therapist already selected.'),
    cancellationSummary: z.string().min(20).max(300).describe('One or two sentences shown next to every booking button.'),
    mapUrl: httpsUrl.describe('A link to the clinic on a map (opened in the reader’s map app; never embedded).'),
    businessProfileUrl: httpsUrl.optional().describe('The clinic’s business profile on a maps or search service.'),
    parking: z.string().describe('Where to park.'),
    transit: z.string().describe('How to arrive by public transit.'),
    premisesAccessibility: z.string().describe('Step-free access, elevators, washrooms: what a visitor with a disability needs to know.'),
    social: z
      .array(z.object({ label: z.string(), url: httpsUrl }))
      .default([])
      .describe('Social profiles; also listed as sameAs in structured data.'),
    jurisdiction: z
      .object({
        region: z.string().describe('Where the clinic practises, e.g. CA-BC.'),
        testimonialsAllowed: z.boolean().default(false).describe('Whether the regulator allows client testimonials in advertising. Off unless you are sure.'),
      })
      .describe('Rules of the regulator that apply to the clinic’s advertising.'),
  }),
});

const services = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/services' }),
  schema: ({ image }) =>
    z.object({
      title: z
        .string()
        .min(3)
        .max(55, { error: 'title must be at most 55 characters, so that "title | clinic name" fits in search results' })
        .describe('Service name, e.g. "Therapeutic Massage".'),
      summary: metaDescription('summary').describe('One or two sentences: shown on cards and as the meta description.'),
      category: z.string().describe('Groups services on the services page, e.g. Treatment, Wellness.'),
      updatedDate: z.coerce.date({ error: 'updatedDate must be a date like 2026-11-20' }).optional().describe('When the description or prices last changed; tells search engines the page is fresh.'),
      order: z.number().int().default(100).describe('Position in lists; lower first.'),
      durations: z
        .array(
          z.object({
            minutes: z.number().int().positive({ error: 'minutes must be a whole number above 0' }),
            price: z.number().positive({ error: 'price must be above 0 (before tax, in the clinic’s currency)' }),
            bookingRef: z.string().min(1).optional().describe('The booking platform’s id for this length (Jane: treatment id; Acuity: appointment type).'),
          }),
        )
        .min(1, { error: 'list at least one duration with its price' })
        .describe('Lengths offered, each with its price; one booking link per length.'),
      bookingRef: z
        .string()
        .min(1, { error: 'bookingRef must not be empty' })
        .describe('The booking platform’s id for the service (Jane: discipline id; Acuity: appointment type; Square: service id).'),
      topics: z.array(reference('topics')).default([]).describe('Topics it helps with (file names in content/topics); its topic pages list it.'),
      insuranceEligible: z.boolean().default(false).describe('Whether extended health plans usually cover it.'),
      insuranceNote: z.string().optional().describe('What to know about coverage.'),
      therapists: z.array(reference('therapists')).default([]).describe('Therapists who offer it (file names in content/therapists).'),
      image: imageWithAlt(image, 'image').optional().describe('A photo for the service page, with alt text.'),
    }),
});

const therapists = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/therapists' }),
  schema: ({ image }) =>
    z.object({
      name: z.string().min(2).describe('Full name as registered.'),
      credentials: z.string().min(2).describe('Post-nominals, e.g. RMT.'),
      role: z.string().describe('Title at the clinic.'),
      updatedDate: z.coerce.date({ error: 'updatedDate must be a date like 2026-11-20' }).optional().describe('When the profile last changed; tells search engines the page is fresh.'),
      registration: z
        .object({
          body: z.string().describe('The regulator the therapist is registered with.'),
          number: z.string().describe('Registration number.'),
          registerUrl: httpsUrl.describe('The regulator’s public register entry, so readers can check.'),
        })
        .describe('Professional registration: a trust signal for readers and search engines.'),
      photo: imageWithAlt(image, 'photo').optional().describe('Portrait, with alt text; without one, initials are shown.'),
      focus: z.array(z.string()).default([]).describe('Areas of practice.'),
      languages: z.array(z.string()).min(1).describe('Languages treatments can be given in.'),
      services: z.array(reference('services')).default([]).describe('Services offered (file names in content/services).'),
      bookingRef: z.string().min(1).optional().describe('The booking platform’s id for this therapist (Jane: staff member id).'),
      acceptingNewClients: z.boolean().default(true),
      order: z.number().int().default(100).describe('Position in lists; lower first.'),
    }),
});

const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/articles' }),
  schema: ({ image }) =>
    z
      .object({
        title: z.string().min(10).max(55, { error: 'title must be at most 55 characters, so that "title | clinic name" fits in search results' }).describe('The headline.'),
        description: metaDescription('description').describe('One or two sentences summarising the article, for search results and article lists.'),
        publishedDate: z.coerce.date({ error: 'publishedDate must be a date like 2026-10-06' }).describe('First publication date.'),
        updatedDate: z.coerce
          .date({ error: 'updatedDate must be a date like 2026-11-20' })
          .optional()
          .describe('Last meaningful change; defaults to publishedDate.'),
        author: reference('therapists').describe('Who wrote it: a file name in content/therapists, e.g. maya-chen.'),
        reviewer: reference('therapists').optional().describe('Who reviewed it for accuracy (a file name in content/therapists); shown as "Reviewed by".'),
        lastReviewed: z.coerce
          .date({ error: 'lastReviewed must be a date like 2026-11-20' })
          .optional()
          .describe('When the reviewer last checked it; required with a reviewer.'),
        topics: z.array(reference('topics')).default([]).describe('Topics (file names in content/topics); the article is listed on each topic page.'),
        citations: z
          .array(
            z.object({
              title: z.string().min(3).describe('Title of the cited work.'),
              publisher: z.string().min(2).describe('Journal, organisation or publisher.'),
              year: z.number().int().min(1900).max(2100).describe('Year of publication.'),
              url: httpsUrl.describe('Where to read it (a DOI link where there is one).'),
            }),
          )
          .default([])
          .describe('Sources for the claims the article makes, listed and numbered at the end.'),
        hero: imageWithAlt(image, 'hero').optional().describe('An optional image at the top, with alt text.'),
        services: z
          .array(reference('services'))
          .min(1, { error: 'services must name at least one service; the first one drives the booking button' })
          .describe('Related services (file names in content/services); the first one is the booking call to action after the article.'),
        draft: z.boolean().default(false).describe('true keeps it out of the published site; it still shows in `npm run dev`.'),
      })
      .refine((a) => !a.updatedDate || a.updatedDate >= a.publishedDate, {
        error: 'updatedDate must not be before publishedDate',
        path: ['updatedDate'],
      })
      .refine((a) => !a.reviewer || a.lastReviewed, {
        error: 'lastReviewed is required when the article has a reviewer (the date they checked it)',
        path: ['lastReviewed'],
      })
      .refine((a) => !a.lastReviewed || a.lastReviewed >= a.publishedDate, {
        error: 'lastReviewed must not be before publishedDate',
        path: ['lastReviewed'],
      }),
});

const topics = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/topics' }),
  schema: z.object({
    title: z.string().min(3).max(55).describe('Topic name as shown on its page, e.g. "Back pain".'),
    description: metaDescription('description').describe('What the topic covers: the topic page’s introduction and meta description.'),
    order: z.number().int().default(100).describe('Position in lists; lower first.'),
  }),
});

const pages = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/pages' }),
  schema: z.object({
    title: z.string().min(3).max(55).describe('The page heading and title (at most 55 characters, so that "title | clinic name" fits in search results).'),
    summary: metaDescription('summary').describe('One or two sentences: the lead paragraph and meta description.'),
    effectiveDate: z.coerce.date().optional().describe('For policies: the date the policy took effect.'),
    updatedDate: z.coerce.date({ error: 'updatedDate must be a date like 2026-11-20' }).describe('When the page last changed meaningfully.'),
    questions: z
      .array(z.object({ question: z.string().min(5), answer: z.string().min(5) }))
      .default([])
      .describe('Questions and answers, shown as an open/close list (used by the FAQ page).'),
  }),
});

const testimonials = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/testimonials' }),
  schema: z.object({
    name: z.string().min(1).describe('How the client agreed to be named, e.g. "Sam, Vancouver".'),
    context: z.string().optional().describe('What they came for.'),
    date: z.coerce.date(),
    service: reference('services').optional().describe('The service it is about; shown on that service page.'),
  }),
});

export const collections = { clinic, services, therapists, articles, topics, pages, testimonials };
