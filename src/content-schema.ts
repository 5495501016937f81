/**
 * The content model: what the clinic edits in content/, what each field is for,
 * and the rule it must follow. A value that breaks a rule stops the build with
 * the file, the field and a plain-language message, before anything is published.
 * (docs/AUTHORING.md explains every field and every message for the clinic's staff.)
 *
 * This module is plain zod, without Astro's virtual modules, so that the same
 * definitions serve three readers: Astro's collections (src/content.config.ts),
 * the browser editor's configuration (src/lib/editor/config.ts: each field's
 * description is the hint staff see), and `npm run format:content`.
 */
import { z } from 'astro/zod';
import { DEFAULT_FORBIDDEN_WORDS } from './lib/clinic/advertising-words.ts';
import { BOOKING_PLATFORMS } from './lib/booking/platforms.ts';
import { ANALYTICS_PROVIDERS, endpointProblem, isSiteDomain, siteDomain } from './lib/analytics/settings.ts';
import { unknownFieldMessage } from './lib/content/integrity.ts';
import { parseCalendarDate } from './lib/time/dates.ts';
import type { EditorHint } from './lib/editor/config.ts';
import { WEEKDAYS, minutesOfDay } from './lib/time/hours.ts';
import { LANGUAGE_CODES, type Language } from './lib/i18n/languages.ts';

/** Astro's image() helper (a picture next to the entry), or a stand-in where only the shape matters. */
export type ImageHelper<I extends z.ZodType = z.ZodType> = () => I;

// ---- Building blocks, each with its own message ----------------------------------------

/** "the postal code" → "The postal code." */
const sentence = (why: string) => `${why.charAt(0).toUpperCase()}${why.slice(1)}.`;

/** Text that must be there; `why` says what it is used for (and is the editor's hint unless a field says more). */
const text = (field: string, why: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is required: ${why}` : `${field} must be text (put it in quotes if it starts with a symbol)`) })
    .trim()
    .min(1, { error: `${field} must not be empty: ${why}` })
    .describe(sentence(why));

/** Text of a sentence or more: a box of several lines in the editor. */
const prose = (field: string, why: string) => text(field, why).meta({ editor: { widget: 'text' } satisfies EditorHint });

/** A calendar date, written like 2026-11-20 and nothing else (2026 alone, or 11/12/2026, is refused). */
const date = (field: string) =>
  z
    .any()
    .transform((value, ctx): Date => {
      const parsed = parseCalendarDate(value);
      if (parsed.ok) return parsed.date;
      ctx.issues.push({ code: 'custom', message: value === undefined || value === null ? `${field} is required: ${parsed.problem.replace(/^must be /, '')}` : `${field} ${parsed.problem}`, input: value });
      return z.NEVER;
    })
    .meta({ editor: { widget: 'date' } satisfies EditorHint });

/** An id copied from another system (a booking platform, a regulator): text, though staff may type it without quotes. */
const idText = (field: string, why: string) =>
  z.union([z.string(), z.number().int().nonnegative()], { error: (issue) => (issue.input === undefined ? `${field} is required: ${why}` : `${field} must be text, like "21"`) })
    .transform((value) => String(value).trim())
    .pipe(z.string().min(1, { error: `${field} must not be empty: ${why}` }))
    .meta({ editor: { widget: 'string' } satisfies EditorHint, description: sentence(why) });

/**
 * An object with exactly these fields. A field it does not know (a typo such as
 * tittle, or slug, which the loader would otherwise read) is an error naming it
 * and listing the fields there are, never silently dropped.
 */
function fields<S extends z.ZodRawShape>(what: string, shape: S, typeError?: string) {
  const known = Object.keys(shape);
  return z.preprocess(
    (input, ctx) => {
      if (input && typeof input === 'object' && !Array.isArray(input)) {
        for (const key of Object.keys(input)) {
          if (!known.includes(key)) ctx.issues.push({ code: 'custom', path: [key], message: unknownFieldMessage(key, what, known), input });
        }
      }
      return input;
    },
    z.object(shape, typeError ? { error: typeError } : undefined),
  ).meta({ editor: { widget: 'object' } satisfies EditorHint });
}

const whole = (field: string) => z.number({ error: `${field} must be a number` }).int({ error: `${field} must be a whole number` });

/** A 24-hour time; "9:00" is read as "09:00". */
const time24 = (field: string) =>
  z
    .string({ error: `${field} must be a time in quotes, like "09:00"` })
    .transform((t) => t.trim().replace(/^(\d):/, '0$1:'))
    .pipe(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${field} must be a 24-hour time in quotes, like "09:00" or "17:30"` }))
    .meta({ editor: { widget: 'string', pattern: ['^([01]?\\d|2[0-3]):[0-5]\\d$', 'A 24-hour time like 09:00 or 17:30'] } satisfies EditorHint });

const httpsUrl = (field: string) => z.url({ protocol: /^https$/, error: `${field} must be a full https:// address, like https://example.com/page` });

const yesNo = (field: string) => z.boolean({ error: `${field} must be true or false` });

/** A meta description: long enough to say something, short enough that search results show it whole. */
const metaDescription = (field: string) =>
  z
    .string({ error: `${field} is required: one or two sentences shown in search results` })
    .min(50, { error: `${field} must be at least 50 characters; it is shown in search results` })
    .max(160, { error: `${field} must be at most 160 characters; it is shown in search results` });

/** A page title: with " | Massage Rx" added it must still fit in a search result (about 70 characters). */
const pageTitle = (field: string) =>
  text(field, 'the heading and the title in search results')
    .min(3, { error: `${field} must be at least 3 characters` })
    .max(55, { error: `${field} must be at most 55 characters, so that "${field} | clinic name" fits in search results` });

/**
 * A reference to another entry: its file name without the extension, read as
 * { collection, id } (the shape of Astro's reference()). Whether it exists is
 * checked across collections in src/data/site.ts, naming the file and field.
 */
type Referable = 'services' | 'therapists' | 'topics' | 'locations';
const reference = <C extends Referable>(collection: C, field: string) =>
  idText(field, `a file name in content/${collection}/, without .md`)
    .transform((id) => ({ collection, id }))
    .meta({ editor: { widget: 'relation', collection } satisfies EditorHint });

const refTo = <C extends Referable>(collection: C, field: string) => reference(collection, field).describe(`${field}: a file name in content/${collection}/, without .md`);

const refList = <C extends Referable>(collection: C, field: string) =>
  z.array(reference(collection, field), { error: `${field} must be a list of file names from content/${collection}/, one per line, each starting with "- "` });

/**
 * A coordinate in decimal degrees with at least 5 decimals (about a metre), so
 * that map pins land on the door. The decimals are counted as written: the clinic
 * loader passes 49.28270 through as the text "49.28270", which has five.
 */
const decimals = (written: string) => (written.split('.')[1] ?? '').length;
const coordinate = (field: string, min: number, max: number) =>
  z
    .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)], { error: `${field} must be a number in decimal degrees, like 49.28273` })
    .refine((value) => decimals(String(value)) >= 5, { error: `${field} needs at least 5 decimals (about 1 m), so that map pins land on the door` })
    .transform(Number)
    .pipe(z.number().min(min, { error: `${field} must be between ${min} and ${max}` }).max(max, { error: `${field} must be between ${min} and ${max}` }))
    // A text field in the editor, so that 49.28270 keeps its last zero.
    .meta({ editor: { widget: 'string', pattern: ['^-?\\d+\\.\\d{5,}$', 'Decimal degrees with at least 5 decimals, like 49.28273'] } satisfies EditorHint });

/**
 * An image with the text alternative that every image needs, or marked decorative on purpose:
 * a picture that is decoration alone gets alt="" (screen readers skip it), never by omission.
 * Read as { src, alt }, alt "" for a decorative one.
 */
const imageWithAlt = <I extends z.ZodType>(image: ImageHelper<I>, what: string) =>
  fields(
    what,
    {
      src: image().describe('The picture: a JPEG, PNG or WebP file, stored next to the entries.'),
      alt: z
        .string({ error: `${what} alt text must be text` })
        .min(5, { error: `${what} alt text must describe the picture (at least 5 characters)` })
        .optional()
        .describe('What the picture shows, for people who cannot see it. Leave it empty only for a picture marked decorative.'),
      decorative: z
        .boolean({ error: `${what} decorative must be true or false` })
        .optional()
        .describe('On only for a picture that is decoration alone and shows nothing the page does not say: it then has no text alternative, on purpose.'),
    },
    `${what} must have src (the image file) and alt (what it shows)`,
  )
    .superRefine((value, ctx) => {
      const picture = value as { alt?: string | undefined; decorative?: boolean | undefined };
      if (!picture.decorative && picture.alt === undefined) {
        ctx.addIssue({ code: 'custom', path: ['alt'], message: `${what} needs alt text: describe the picture for people who cannot see it (or, for a picture that is decoration alone, write decorative: true)` });
      }
      if (picture.decorative && picture.alt !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['decorative'], message: `${what} is marked decorative but has alt text: keep the alt text if the picture shows something, or remove it if the picture is decoration alone` });
      }
    })
    .transform((picture) => {
      const { src, alt } = picture as { src: z.output<I>; alt?: string | undefined };
      return { src, alt: alt ?? '' };
    });

/**
 * Photos of a place (its entrance, front desk, a treatment room): a small set, each with its
 * words. Visitors choose a clinic by its room as they choose a therapist by face.
 */
const premisesPhotos = <I extends z.ZodType>(image: ImageHelper<I>) =>
  z
    .array(imageWithAlt(image, 'photos'), { error: 'photos must be a list of { src, alt }' })
    .max(6, { error: 'photos holds at most 6 pictures: keep the ones that show the place best' })
    .default([])
    .describe('Photos of the premises, each with alt text: the entrance, the front desk, a treatment room (landscape, at least 1600 px wide). The first is the large photo at the top of the home page; all of them are shown with the directions.');

/** The words of a place's photos in another language: one line per photo with alt text, in their order. */
const photoAlts = (code: string) =>
  z
    .array(text('photoAlts', `a photo’s alt text in ${languageName(code)}`), { error: `translations.${code}.photoAlts must be a list of alt texts, one per photo` })
    .optional()
    .describe(`What each photo (photos) shows, in ${languageName(code)}: one line for each photo with alt text, in the same order.`);

/** Ordering in lists. */
const order = whole('order').default(100).describe('Position in lists; lower numbers come first.');

/** The regulator's forbidden words in one language (clinic.yaml jurisdiction.forbiddenWords.<code>); left out, the defaults. */
const forbiddenWordList = (code: Language, language: string) =>
  z
    .array(text(`jurisdiction.forbiddenWords.${code}`, 'a word or a beginning of words ending in *'), {
      error: `jurisdiction.forbiddenWords.${code} must be a list of words, like [${DEFAULT_FORBIDDEN_WORDS[code].slice(0, 2).join(', ')}]`,
    })
    .optional()
    .describe(`Words the regulator does not allow in ${language} advertising. Without this list: ${DEFAULT_FORBIDDEN_WORDS[code].join(', ')}.`);

/** Exceptions to the regulator's forbidden words (clinic.yaml jurisdiction.forbiddenWords), for this file only. */
const allowWords = z
  .array(
    fields('an allowed word', {
      word: text('allowWords word', 'the word as it is written here, e.g. cure').describe('The word, e.g. cure (its other forms are allowed with it).'),
      reason: prose('allowWords reason', 'why the word is accurate here, e.g. quoted from a cited source').describe('Why it is accurate here, e.g. "the title of a cited review".'),
    }),
    { error: 'allowWords must be a list of { word, reason }' },
  )
  .default([])
  .describe('Words the regulator does not allow in advertising that are accurate in this file (a quoted source, say), each with the reason. The build accepts them here only.');

// ---- Where the clinic is ------------------------------------------------------------

/**
 * A place of the clinic's and how to reach it: in content/clinic.yaml for a clinic
 * with one location (as most have), or one file per location in content/locations/
 * (src/lib/clinic/locations.ts reads them, the same way).
 */
const place = {
  phone: fields(
      'phone',
      {
        e164: z
          .union([z.string(), z.number().int()], { error: 'phone.e164 is required, in E.164 form, e.g. "+12505550100"' })
          // Unquoted, YAML reads +12505550100 as a number and drops the +; E.164 always has it.
          .transform((value) => (typeof value === 'number' ? `+${value}` : value.trim()))
          .pipe(z.string().regex(/^\+[1-9]\d{6,14}$/, { error: 'phone.e164 must be in E.164 form: + country code and number, no spaces, e.g. "+12505550100"' }))
          .describe('For tel: links and structured data.'),
        display: text('phone.display', 'the number as people read it').min(7, { error: 'phone.display must be the whole number, e.g. "(250) 555-0100"' }),
      },
      'phone must have e164 and display',
    )
    .describe('The phone number, written once: header, footer, contact page, booking panels and structured data all read it.'),
  address: fields(
      'address',
      {
        street: text('address.street', 'the street line of the address'),
        locality: text('address.locality', 'the city'),
        region: text('address.region', 'the province or state code, e.g. BC'),
        postalCode: idText('address.postalCode', 'the postal code')
          .pipe(z.string().min(3, { error: 'address.postalCode is too short' }))
          .meta({ editor: { widget: 'string' } satisfies EditorHint, description: 'The postal code.' }),
        country: z.string({ error: 'address.country is required' }).regex(/^[A-Z]{2}$/, { error: 'address.country must be a two-letter country code, e.g. CA' }).describe('The two-letter country code, e.g. CA.'),
      },
      'address must have street, locality, region, postalCode and country',
    )
    .describe('Postal address, exactly as on the business profile.'),
  geo: fields(
    'geo',
    {
      latitude: coordinate('geo.latitude', -90, 90).describe('North–south position of the door, in decimal degrees with at least 5 decimals (copy it from a map).'),
      longitude: coordinate('geo.longitude', -180, 180).describe('East–west position of the door, in decimal degrees with at least 5 decimals.'),
    },
    'geo must have latitude and longitude',
  )
    .describe('Where the door is, for maps and structured data.'),
  hours: z
    .array(
      fields('an opening', {
          days: z
            .array(z.enum(WEEKDAYS, { error: `hours days must be among ${WEEKDAYS.join(', ')}` }), { error: 'hours days must be a list, like [Mon, Tue]' })
            .min(1, { error: 'hours days must name at least one day' })
            .describe('The days these hours apply to.'),
          opens: time24('hours opens').describe('Opening time, 24-hour, like 09:00.'),
          closes: time24('hours closes').describe('Closing time, 24-hour, like 17:30; later than the opening time.'),
        })
        .refine((h) => minutesOfDay(h.closes) > minutesOfDay(h.opens), { error: 'hours closes must be later than opens', path: ['closes'] }),
      { error: 'hours must be a list of { days, opens, closes }' },
    )
    .min(1, { error: 'hours must list at least one opening' })
    .refine(
      (ranges) => {
        const days = ranges.flatMap((r) => r.days);
        return new Set(days).size === days.length;
      },
      { error: 'hours lists a day twice; list each day once' },
    )
    .describe('Regular opening hours; days not listed are closed.'),
  specialHours: z
    .array(
      fields('a special day', {
        date: date('specialHours date').describe('The day the hours change, such as a holiday.'),
        closed: yesNo('specialHours closed').default(false).describe('On: the clinic is closed all day. Off: give the changed hours below.'),
        opens: time24('specialHours opens').optional().describe('The changed opening time, 24-hour, like 10:00.'),
        closes: time24('specialHours closes').optional().describe('The changed closing time, 24-hour, like 14:00.'),
        note: text('specialHours note', 'why, e.g. "Christmas Day"').optional(),
      })
        // An open day with no hours would read "Closed" on the site: say which one it is.
        .refine((s) => s.closed || (s.opens && s.closes), { error: 'specialHours: give opens and closes for a day with changed hours, or closed: true for a day the clinic is closed', path: ['closed'] })
        .refine((s) => !s.opens || !s.closes || minutesOfDay(s.closes) > minutesOfDay(s.opens), { error: 'specialHours closes must be later than opens', path: ['closes'] })
        .refine((s) => !s.closed || (!s.opens && !s.closes), { error: 'specialHours: a closed day has no opens or closes; remove them, or set closed: false', path: ['closed'] }),
      { error: 'specialHours must be a list of { date, closed, opens, closes, note }' },
    )
    .default([])
    .describe('Holiday closures and changed hours.'),
  mapUrl: httpsUrl('mapUrl').describe('A link to the clinic on a map (opened in the reader’s map app; never embedded).'),
  businessProfileUrl: httpsUrl('businessProfileUrl').optional().describe('The clinic’s business profile on a maps or search service.'),
  parking: prose('parking', 'where to park, shown on the contact page'),
  transit: prose('transit', 'how to arrive by public transit, shown on the contact page'),
  premisesAccessibility: prose('premisesAccessibility', 'step-free access, elevators, washrooms: shown on the contact page'),
};

/** The clinic's own words: in clinic.yaml in its first language, and under translations.<code> in each other one. */
const clinicWords = {
    tagline: text('tagline', 'the line under the name on the home page').max(100, { error: 'tagline must be at most 100 characters' }).describe('One line under the name on the home page.'),
    description: prose('description', 'the home page description for search results')
      .min(50, { error: 'description must be at least 50 characters' })
      .max(200, { error: 'description must be at most 200 characters' })
      .describe('Two sentences about the clinic.'),
    payment: prose('payment', 'the payment methods accepted, as a sentence').describe('Accepted payment methods.'),
    directBilling: prose('directBilling', 'a sentence about billing insurers directly').optional().describe('Direct billing to insurers.'),
    cancellationSummary: prose('cancellationSummary', 'shown next to every booking button')
      .min(20, { error: 'cancellationSummary must be at least 20 characters' })
      .max(300, { error: 'cancellationSummary must be at most 300 characters; the full policy is a page of its own' })
      .describe('One or two sentences shown next to every booking button.'),
};

const languageName = (code: string) => (code === 'fr' ? 'French' : 'English');

/** A place's holiday notes in another language, each by the day of specialHours it is for. */
const translatedSpecialHours = (code: string) =>
  z
    .array(
      fields('a special day’s note', {
        date: date('specialHours date').describe('The day, as written in specialHours.'),
        note: text('specialHours note', `the note in ${languageName(code)}, e.g. "Fête du Canada"`).describe(`The day’s note (specialHours note) in ${languageName(code)}.`),
      }),
      { error: `translations.${code}.specialHours must be a list of { date, note }` },
    )
    .optional()
    .describe(`The note of each special day still to come (specialHours), in ${languageName(code)}: the date, and the note.`);

/** The same words in another language: each one the site shows in that language must be there (checked when the site loads, naming the field). */
const translatedWords = (code: string) =>
  fields(`translations.${code}`, {
    tagline: clinicWords.tagline.optional(),
    description: clinicWords.description.optional(),
    payment: clinicWords.payment.optional(),
    directBilling: clinicWords.directBilling,
    cancellationSummary: clinicWords.cancellationSummary.optional(),
    parking: place.parking.optional(),
    transit: place.transit.optional(),
    premisesAccessibility: place.premisesAccessibility.optional(),
    specialHours: translatedSpecialHours(code),
    photoAlts: photoAlts(code),
  }).describe(`The clinic’s own words in ${languageName(code)}, when the site is also in that language.`);

// ---- The clinic ----------------------------------------------------------------------

const clinic = <I extends z.ZodType>({ image }: { image: ImageHelper<I> }) =>
  fields('the clinic (content/clinic.yaml)', {
    name: text('name', 'used in every page title and in structured data').max(80).describe('The clinic name exactly as on its business profile.'),
    legalName: text('legalName', 'shown in the footer').optional().describe('Registered legal name, if different from the name.'),
    tagline: clinicWords.tagline,
    description: clinicWords.description,
    url: httpsUrl('url').describe('The live site address. SITE_URL overrides it for preview deploys.'),
    updatedDate: date('updatedDate').optional().describe('When these facts last changed; the contact page’s "last modified" for search engines.'),
    phone: place.phone,
    email: z.email({ error: 'email must be an email address, like hello@example.com' }).describe('Public contact email.'),
    address: place.address.optional(),
    geo: place.geo.optional(),
    timeZone: z
      .string({ error: 'timeZone is required, e.g. America/Vancouver' })
      .refine(
        (zone) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: zone });
            return true;
          } catch {
            return false;
          }
        },
        { error: 'timeZone must be a time zone name such as America/Vancouver' },
      )
      .describe('The clinic’s time zone; dates in structured data carry its offset.'),
    languages: z
      .array(z.enum(LANGUAGE_CODES, { error: `each language must be one the site has an interface for: ${LANGUAGE_CODES.join(', ')}` }))
      .min(1, { error: 'languages needs at least one language, e.g. [en]' })
      .refine((codes) => new Set(codes).size === codes.length, { error: 'languages lists a language twice' })
      // No schema default: the editor would write it into clinic.yaml on every save. Left out, the site is in English.
      .optional()
      .describe(
        `The languages the site is shown in (${LANGUAGE_CODES.join(', ')}). The first is the language of the site at its root; each other one has its pages under /<code>/, e.g. /fr/. Leave it out for English alone.`,
      ),
    translations: fields('translations', {
      // One entry per language of src/lib/i18n/languages.ts that may be a second language.
      en: translatedWords('en').optional(),
      fr: translatedWords('fr').optional(),
    })
      .optional()
      .describe('The clinic’s own words in each of its other languages (languages above): the tagline, description, payment, direct billing and cancellation lines, and where the clinic is in this file, parking, transit and accessibility.'),
    hours: place.hours.optional(),
    specialHours: place.specialHours,
    priceRange: z.string({ error: 'priceRange is required, $ to $$$$' }).regex(/^\${1,4}$/, { error: 'priceRange must be $ to $$$$' }).describe('Relative price level for search engines.'),
    currency: z.string({ error: 'currency is required, e.g. CAD' }).regex(/^[A-Z]{3}$/, { error: 'currency must be a three-letter currency code such as CAD' }).describe('Currency of every price on the site.'),
    payment: clinicWords.payment,
    directBilling: clinicWords.directBilling,
    booking: fields(
        'booking',
        {
          platform: z.enum(BOOKING_PLATFORMS, { error: `booking.platform must be one of ${BOOKING_PLATFORMS.join(', ')}` }).describe('Which online booking system the clinic uses; decides how deep links are built.'),
          rootUrl: httpsUrl('booking.rootUrl').describe('The clinic’s booking home page on that platform.'),
          giftCardUrl: httpsUrl('booking.giftCardUrl').optional().describe('Where gift cards are sold, if anywhere.'),
          location: text('booking.location', 'the location’s name in Jane’s booking addresses')
            .regex(/^[A-Za-z0-9_-]+$/, { error: 'booking.location must be the last part of the address only, like downtown (from …janeapp.com/locations/downtown/book)' })
            .optional()
            .describe('Jane only, for a clinic on Jane’s locations feature: the location’s name as in its booking address, e.g. downtown for …janeapp.com/locations/downtown/book. Leave empty otherwise.'),
        },
        'booking must have platform and rootUrl',
      )
      .refine((b) => !b.location || b.platform === 'jane', { error: 'booking.location is for Jane’s locations only; remove it for this platform', path: ['location'] })
      .describe('Online booking: every booking button links here, to the service or therapist already selected.'),
    cancellationSummary: clinicWords.cancellationSummary,
    mapUrl: place.mapUrl.optional(),
    businessProfileUrl: place.businessProfileUrl,
    parking: place.parking.optional(),
    transit: place.transit.optional(),
    premisesAccessibility: place.premisesAccessibility.optional(),
    photos: premisesPhotos(image),
    logo: image()
      .optional()
      .describe('The clinic’s mark, without its name (the name is written beside it): an SVG, or a square PNG at least 512 px wide, that reads on light and dark backgrounds. Shown in the header, on sharing pictures and to search engines; without one, the site’s own mark.'),
    analytics: fields(
      'analytics',
      {
        provider: z.enum(ANALYTICS_PROVIDERS, { error: `analytics.provider must be ${ANALYTICS_PROVIDERS.join(' or ')}` }).describe('The privacy-respecting analytics service the counts go to: plausible.'),
        domain: text('analytics.domain', 'the site’s domain as declared in Plausible, e.g. massagerx.ca').describe('The site’s domain as declared in Plausible, e.g. massagerx.ca: the domain of url above.'),
        endpoint: z
          .string({ error: 'analytics.endpoint must be an address, like https://stats.example.com/api/event' })
          .superRefine((value, ctx) => {
            const problem = endpointProblem(value);
            if (problem) ctx.addIssue({ code: 'custom', message: `analytics.endpoint ${problem}` });
          })
          .optional()
          .describe('Where the counts are sent, for a self-hosted Plausible Community Edition or a proxy on the clinic’s domain; Plausible’s own service when empty.'),
      },
      'analytics must have provider and domain',
    )
      .optional()
      .describe('Counts of visits and of clicks to book, without cookies or anything that identifies a person (Global Privacy Control honoured). Off when empty: the site then sends nothing.'),
    social: z
      .array(fields('a social profile', { label: text('social label', 'the network’s name'), url: httpsUrl('social url').describe('The profile’s full address, starting with https://.') }), { error: 'social must be a list of { label, url }' })
      .default([])
      .describe('Social profiles; also listed as sameAs in structured data.'),
    jurisdiction: fields(
        'jurisdiction',
        {
          region: text('jurisdiction.region', 'where the clinic practises, e.g. CA-BC'),
          testimonialsAllowed: yesNo('jurisdiction.testimonialsAllowed').default(false).describe('Whether the regulator allows client testimonials in advertising. Off unless you are sure.'),
          forbiddenWords: fields('jurisdiction.forbiddenWords', {
            en: forbiddenWordList('en', 'English'),
            fr: forbiddenWordList('fr', 'French'),
          } satisfies Record<Language, z.ZodType>, 'jurisdiction.forbiddenWords must give a list per language, like en: [specialist*, cure*] and fr: [spécialiste*, guéri*]')
            // No schema default: the editor would write the whole lists into clinic.yaml on every save.
            .optional()
            .describe(
              'Words the regulator does not allow in health advertising, one list per language (en, fr): files in a collection’s fr/ folder are checked against the French list, the others against the first language’s. The build stops on any of them in articles, services, therapists and pages, naming the file and line. A word ending in * stands for every word it begins (guarantee* is guarantee, guaranteed, guarantees).',
            ),
          regulator: fields(
            'jurisdiction.regulator',
            {
              name: text('jurisdiction.regulator.name', 'the regulator’s full name, e.g. College of Massage Therapists of Ontario'),
              url: httpsUrl('jurisdiction.regulator.url').describe('The regulator’s home page.'),
              registerUrl: httpsUrl('jurisdiction.regulator.registerUrl').describe('Its public register, where anyone can check a therapist’s registration.'),
              complaintsUrl: httpsUrl('jurisdiction.regulator.complaintsUrl').describe('Its page on how to make a complaint about a registrant.'),
            },
            'jurisdiction.regulator must have name, url, registerUrl and complaintsUrl',
          ).describe('The body that regulates the clinic’s therapists: named in the footer and on the about page, with its public register and complaints page, so that clients know who protects them.'),
        },
        'jurisdiction must have region, testimonialsAllowed and regulator',
      )
      .describe('Rules of the regulator that apply to the clinic’s advertising.'),
    privacy: fields(
      'privacy',
      {
        officer: text('privacy.officer', 'who is responsible for privacy at the clinic, e.g. "Maya Chen, clinic founder"'),
        email: z.email({ error: 'privacy.email must be an email address, like privacy@example.com' }).describe('Where to write about personal information: requests to see or correct it, and concerns.'),
        commissioner: fields(
          'privacy.commissioner',
          {
            name: text('privacy.commissioner.name', 'the privacy commissioner clients may complain to, e.g. Office of the Information and Privacy Commissioner for British Columbia'),
            url: httpsUrl('privacy.commissioner.url').describe('The commissioner’s page on how to make a complaint.'),
          },
          'privacy.commissioner must have name and url',
        ).describe('The provincial (or federal) privacy commissioner who hears complaints about the clinic’s handling of personal information.'),
      },
      'privacy must have officer, email and commissioner',
    ).describe('Who answers for privacy at the clinic, and where a client can complain: shown on the privacy page.'),
}).superRefine((value, ctx) => {
    // The counts are the site's own: a domain of another site would count nothing here, or count this site in another's.
    const { analytics, url } = value as { analytics?: { domain: string } | undefined; url: string };
    if (analytics && siteDomain(url) && !isSiteDomain(analytics.domain, url)) {
      ctx.addIssue({ code: 'custom', path: ['analytics', 'domain'], message: `analytics.domain must be the site’s own domain, ${siteDomain(url)} (from url)` });
    }
  });

// ---- Locations (a clinic with more than one) -------------------------------------------

/** A location's words in another language: the facts (address, phone, hours) are the same in every language. */
const locationWords = (code: string) =>
  fields(`translations.${code}`, {
    name: text('name', `the location’s name in ${languageName(code)}`).max(80).optional().describe(`The location’s name in ${languageName(code)}, if it differs; its name above otherwise.`),
    parking: place.parking.optional(),
    transit: place.transit.optional(),
    premisesAccessibility: place.premisesAccessibility.optional(),
    specialHours: translatedSpecialHours(code),
    photoAlts: photoAlts(code),
    intro: prose('intro', `the words below this file’s fields, in ${languageName(code)}`).optional().describe(`The words of the location’s page (below this file’s fields) in ${languageName(code)}: plain paragraphs, separated by a blank line.`),
  }).describe(`This location’s words in ${languageName(code)}, when the site is also in that language: parking, transit, accessibility, holiday notes and its page’s words.`);

const locations = <I extends z.ZodType>({ image }: { image: ImageHelper<I> }) =>
  fields('a location', {
  name: text('name', 'the location’s name as on its business profile, e.g. "Massage Rx Kitsilano"').max(80).describe('The location’s name as on its business profile, e.g. "Massage Rx Kitsilano".'),
  phone: place.phone,
  email: z.email({ error: 'email must be an email address, like kits@example.com' }).optional().describe('The location’s own email, if it has one; the clinic’s is shown otherwise.'),
  address: place.address,
  geo: place.geo,
  hours: place.hours,
  specialHours: place.specialHours,
  mapUrl: place.mapUrl,
  businessProfileUrl: place.businessProfileUrl,
  parking: place.parking,
  transit: place.transit,
  premisesAccessibility: place.premisesAccessibility,
  photos: premisesPhotos(image),
  booking: fields('booking', {
    rootUrl: httpsUrl('booking.rootUrl').optional().describe('This location’s booking page, where the platform gives each location its own (Square, Acuity); the clinic’s otherwise.'),
    location: text('booking.location', 'the location’s name in Jane’s booking addresses')
      .regex(/^[A-Za-z0-9_-]+$/, { error: 'booking.location must be the last part of the address only, like downtown (from …janeapp.com/locations/downtown/book)' })
      .optional()
      .describe('Jane only: the location’s name in its booking address, e.g. downtown for …janeapp.com/locations/downtown/book.'),
  })
    .optional()
    .describe('How this location books online, where it differs from the clinic’s booking (content/clinic.yaml).'),
  updatedDate: date('updatedDate').optional().describe('When these facts last changed; the location page’s "last modified" for search engines.'),
  translations: fields('translations', {
    // One entry per language of src/lib/i18n/languages.ts that may be a second language, as in clinic.yaml.
    en: locationWords('en').optional(),
    fr: locationWords('fr').optional(),
  })
    .optional()
    .describe('This location’s words in each of the clinic’s other languages (languages in the clinic facts).'),
  order,
});

// ---- Services, therapists, articles ---------------------------------------------------

const services = <I extends z.ZodType>({ image }: { image: ImageHelper<I> }) =>
    fields('a service', {
      title: pageTitle('title').describe('Service name, e.g. "Therapeutic Massage".'),
      summary: metaDescription('summary').describe('One or two sentences: shown on cards and as the meta description.'),
      category: text('category', 'groups services, e.g. Treatment or Wellness').describe('Groups services, e.g. Treatment, Wellness.'),
      updatedDate: date('updatedDate').optional().describe('When the description or prices last changed; tells search engines the page is fresh.'),
      order,
      durations: z
        .array(
          fields('a length', {
            minutes: whole('durations minutes').positive({ error: 'durations minutes must be above 0' }).describe('How long the session is, in minutes.'),
            price: z
              .number({ error: 'durations price must be a number, like 125' })
              .positive({ error: 'durations price must be above 0 (before tax, in the clinic’s currency)' })
              .describe('The price of this length before tax, in the clinic’s currency: 125, or 140.50.'),
            bookingRef: idText('durations bookingRef', 'the booking platform’s id for this length').optional().describe('The booking platform’s id for this length (Jane: treatment id; Acuity: appointment type).'),
          }),
          { error: 'durations must be a list of { minutes, price }' },
        )
        .min(1, { error: 'durations must list at least one length with its price' })
        .describe('Lengths offered, each with its price; one booking link per length.'),
      bookingRef: idText('bookingRef', 'the booking platform’s id for the service').optional().describe('The booking platform’s id for the service (Jane: discipline id; Acuity: appointment type; Square: service id). Required by those platforms.'),
      topics: refList('topics', 'topics').default([]).describe('Topics it helps with (file names in content/topics); its topic pages list it.'),
      insuranceEligible: yesNo('insuranceEligible').default(false).describe('Whether extended health plans usually cover it.'),
      insuranceNote: prose('insuranceNote', 'what to know about insurance coverage').optional().describe('What to know about coverage.'),
      therapists: refList('therapists', 'therapists').default([]).describe('Therapists who offer it (file names in content/therapists).'),
      locations: refList('locations', 'locations').default([]).describe('Where it is offered, for a clinic with several locations (file names in content/locations); empty: at every location.'),
      image: imageWithAlt(image, 'image').optional().describe('A photo of the treatment or its room, with alt text: at the top of the service’s page and on its card (landscape, at least 1600 px wide).'),
      allowWords,
    });

const therapists = <I extends z.ZodType>({ image }: { image: ImageHelper<I> }) =>
    fields('a therapist', {
      name: text('name', 'the therapist’s full name as registered').describe('Full name as registered.'),
      credentials: text('credentials', 'post-nominals such as RMT').describe('Post-nominals, e.g. RMT.'),
      role: text('role', 'their title at the clinic').describe('Title at the clinic.'),
      updatedDate: date('updatedDate').optional().describe('When the profile last changed; tells search engines the page is fresh.'),
      registration: fields(
          'registration',
          {
            body: text('registration.body', 'the regulator they are registered with'),
            number: idText('registration.number', 'their registration number'),
            registerUrl: httpsUrl('registration.registerUrl').describe('The regulator’s public register entry, so readers can check.'),
          },
          'registration must have body, number and registerUrl',
        )
        .describe('Professional registration: a trust signal for readers and search engines.'),
      photo: imageWithAlt(image, 'photo').optional().describe('Portrait, with alt text; without one, initials are shown.'),
      focus: z.array(text('focus', 'an area of practice'), { error: 'focus must be a list, like [Back pain, Pregnancy]' }).default([]).describe('Areas of practice.'),
      languages: z.array(text('languages', 'a language'), { error: 'languages must be a list, like [English, French]' }).min(1, { error: 'languages must name at least one language' }).describe('Languages treatments can be given in.'),
      services: refList('services', 'services').default([]).describe('Services offered (file names in content/services).'),
      locations: refList('locations', 'locations').default([]).describe('Where they practise, for a clinic with several locations (file names in content/locations); empty: at every location.'),
      bookingRef: idText('bookingRef', 'the booking platform’s id for this therapist').optional().describe('The booking platform’s id for this therapist (Jane: staff member id).'),
      acceptingNewClients: yesNo('acceptingNewClients').default(true).describe('Whether they take new clients; their page and booking box say so.'),
      order,
      allowWords,
    });

const articles = <I extends z.ZodType>({ image }: { image: ImageHelper<I> }) =>
    fields('an article', {
        title: pageTitle('title').describe('The headline.'),
        description: metaDescription('description').describe('One or two sentences summarising the article, for search results and article lists.'),
        publishedDate: date('publishedDate').describe('The day it is published. A future date schedules it: it appears that morning in the clinic’s time zone, and nowhere before.'),
        updatedDate: date('updatedDate').optional().describe('Last meaningful change; defaults to publishedDate.'),
        author: refTo('therapists', 'author').describe('Who wrote it: a file name in content/therapists, e.g. maya-chen.'),
        reviewer: refTo('therapists', 'reviewer').optional().describe('Who reviewed it for accuracy (a file name in content/therapists); shown as "Reviewed by".'),
        lastReviewed: date('lastReviewed').optional().describe('When the reviewer last checked it; required with a reviewer. It may be before the published date (a review before publishing), never after the day the site is built.'),
        topics: refList('topics', 'topics').default([]).describe('Topics (file names in content/topics); the article is listed on each topic page.'),
        services: refList('services', 'services')
          .min(1, { error: 'services must name at least one service; the first one drives the booking button' })
          .describe('Related services (file names in content/services); the first one is the booking call to action after the article.'),
        citations: z
          .array(
            fields('a citation', {
              title: text('citations title', 'the title of the cited work'),
              publisher: text('citations publisher', 'the journal, organisation or publisher'),
              year: whole('citations year').min(1900, { error: 'citations year must be a year like 2015' }).max(2100, { error: 'citations year must be a year like 2015' }).describe('The year it was published.'),
              url: httpsUrl('citations url').describe('Where to read it (a DOI link where there is one).'),
            }),
            { error: 'citations must be a list of { title, publisher, year, url }' },
          )
          .default([])
          .describe('Sources for the claims the article makes, listed and numbered at the end.'),
        hero: imageWithAlt(image, 'hero').optional().describe('An optional image at the top, with alt text.'),
        draft: yesNo('draft').default(false).describe('On (true): kept out of the published site whatever its date, while you work on it; it still shows in a developer’s preview (npm run dev).'),
        allowWords,
      })
      .refine((a) => !a.updatedDate || a.updatedDate >= a.publishedDate, {
        error: 'updatedDate must not be before publishedDate',
        path: ['updatedDate'],
      })
      .refine((a) => !a.reviewer || a.lastReviewed, {
        error: 'lastReviewed is required when the article has a reviewer (the date they checked it)',
        path: ['lastReviewed'],
      });

// ---- Topics, pages, testimonials ------------------------------------------------------

const topics = fields('a topic', {
    title: pageTitle('title').describe('Topic name as shown on its page, e.g. "Back pain".'),
    description: metaDescription('description').describe('What the topic covers: the topic page’s introduction and meta description.'),
    order,
});

const pages = <I extends z.ZodType>({ image }: { image: ImageHelper<I> }) =>
  fields('a page', {
    title: pageTitle('title').describe('The page heading and title.'),
    summary: metaDescription('summary').describe('One or two sentences: the lead paragraph and meta description.'),
    effectiveDate: date('effectiveDate').optional().describe('For policies: the date the policy took effect.'),
    updatedDate: date('updatedDate').describe('When the page last changed meaningfully.'),
    questions: z
      .array(fields('a question', { question: text('questions question', 'the question as a client would ask it').min(5), answer: prose('questions answer', 'the answer, in a sentence or two').min(5) }), {
        error: 'questions must be a list of { question, answer }',
      })
      .default([])
      .describe('Questions and answers, shown as an open/close list (used by the FAQ page).'),
    photo: imageWithAlt(image, 'photo').optional().describe('A photo under the page’s heading (the about page: the team, or the room), landscape, at least 1600 px wide, with alt text.'),
    allowWords,
});

const testimonials = fields('a testimonial', {
    name: text('name', 'how the client agreed to be named').describe('How the client agreed to be named, e.g. "Sam, Vancouver".'),
    context: text('context', 'what they came for').optional().describe('What they came for.'),
    date: date('date').describe('When the client gave the testimonial.'),
    service: refTo('services', 'service').optional().describe('The service it is about; shown on that service page.'),
});

/** Every collection's schema: an object schema, or a function of Astro's image() helper where entries may carry pictures. */
export const schemas = { clinic, locations, services, therapists, articles, topics, pages, testimonials };
export type CollectionName = keyof typeof schemas;
