// Components rendered through Astro's Container API: what a reader (and a screen
// reader) gets from each one, given its props.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import ArticleByline from '../../src/components/ArticleByline.astro';
import ArticleCard from '../../src/components/ArticleCard.astro';
import BookingPanel from '../../src/components/BookingPanel.astro';
import ClinicHours from '../../src/components/ClinicHours.astro';
import HeadTags from '../../src/components/HeadTags.astro';
import ServiceDurations from '../../src/components/ServiceDurations.astro';
import SiteFooter from '../../src/components/SiteFooter.astro';
import SiteHeader from '../../src/components/SiteHeader.astro';
import { serviceBookingLinks } from '../../src/lib/booking/platforms';
import { buildHead } from '../../src/lib/seo/head';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const booking = { platform: 'jane' as const, rootUrl: 'https://clinic.janeapp.com/' };
const service = { id: 'therapeutic-massage', title: 'Therapeutic Massage', summary: 'Assessment-led massage for back pain.' };
const durations = [
  { minutes: 30, price: 75, bookingRef: '11' },
  { minutes: 60, price: 125, bookingRef: '13' },
];
const hours = [
  { days: ['Mon' as const, 'Tue' as const], opens: '09:00', closes: '20:00' },
  { days: ['Sat' as const], opens: '10:00', closes: '16:00' },
];
const readablePhone = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');
const text = (html: string) => load(html.replace(/<br\b[^>]*>/g, ' ')).root().text().replace(/\s+/g, ' ').trim();

describe('BookingPanel', () => {
  const links = serviceBookingLinks(booking, { bookingRef: '1', durations }, { placement: 'article-end', article: 'hip-balance' });
  const render = (contact = true) =>
    container.renderToString(BookingPanel, {
      props: {
        id: 'article-end-therapeutic-massage',
        heading: 'Book a therapeutic massage',
        summary: service.summary,
        choicesLabel: 'Choose a length to book online:',
        choices: links.durations.map((d) => ({ url: d.url, label: `Book ${d.minutes} min`, srLabel: ' therapeutic massage,', detail: `$${d.price}`, minutes: d.minutes })),
        moreLink: { href: '/services/therapeutic-massage/', label: 'About therapeutic massage' },
        contact: contact ? { phone: { e164: '+12505550100', display: '(250) 555-0100' }, cancellationSummary: 'Give 24 hours’ notice to cancel.' } : undefined,
        tracking: { placement: 'article-end', service: 'therapeutic-massage', article: 'hip-balance' },
      },
    });

  it('is a region named by its heading, with a button for each choice', async () => {
    const $ = load(await render());
    const section = $('section');
    const labelId = section.attr('aria-labelledby');
    expect(labelId).toBe('booking-article-end-therapeutic-massage');
    expect($(`#${labelId}`).text()).toBe('Book a therapeutic massage');
    const buttons = $('a[data-minutes]');
    // The accessible name: the visible text plus the service, without the decorative dot.
    const accessibleName = (a: Parameters<typeof $>[0]) => $(a).clone().find('[aria-hidden]').remove().end().text().replace(/\s+/g, ' ').trim();
    expect(buttons.map((_, a) => accessibleName(a)).get()).toEqual(['Book 30 min therapeutic massage, $75', 'Book 60 min therapeutic massage, $125']);
    // What sighted readers see: label, dot and price, with spaces (not run together)
    const visible = (a: Parameters<typeof $>[0]) => $(a).clone().find('.sr-only').remove().end().text().replace(/\s+/g, ' ').trim();
    expect(visible(buttons[0])).toBe('Book 30 min · $75');
  });

  it('deep-links each choice and marks it noopener', async () => {
    const $ = load(await render());
    expect($('a[data-minutes="60"]').attr('href')).toBe(
      'https://clinic.janeapp.com/?utm_source=website&utm_medium=article-end&utm_content=hip-balance#/discipline/1/treatment/13',
    );
    expect($('a[data-minutes="60"]').attr('rel')).toBe('noopener');
  });

  it('links to learn more, offers the phone and states the cancellation terms, unless told not to', async () => {
    const $ = load(await render());
    expect($('a[href="/services/therapeutic-massage/"]').text()).toBe('About therapeutic massage');
    expect(readablePhone($('a[href="tel:+12505550100"]').text())).toBe('(250) 555-0100');
    expect($('a[href="tel:+12505550100"]').text()).not.toMatch(/[ -]/);
    expect(readablePhone(text($.html()))).toContain('(250) 555-0100. Give 24 hours’ notice to cancel.');
    const compact = load(await render(false));
    expect(compact('a[href^="tel:"]')).toHaveLength(0);
  });

  it('carries placement, service and article for cookieless click counting', async () => {
    const $ = load(await render());
    for (const el of [$('section'), $('a[data-minutes="30"]')]) {
      expect(el.attr('data-cta')).toBe('booking');
      expect(el.attr('data-placement')).toBe('article-end');
      expect(el.attr('data-service')).toBe('therapeutic-massage');
      expect(el.attr('data-article')).toBe('hip-balance');
    }
    expect($('section').attr('data-therapist')).toBeUndefined();
  });
});

describe('ServiceDurations', () => {
  it('is a table with a header row and one booking link per length', async () => {
    const html = await container.renderToString(ServiceDurations, {
      props: { serviceId: 'therapeutic-massage', serviceTitle: 'Therapeutic Massage', links: serviceBookingLinks(booking, { bookingRef: '1', durations }, { placement: 'service' }), currency: 'CAD', placement: 'service' },
    });
    const $ = load(html);
    expect($('thead th').map((_, th) => $(th).text().trim()).get()).toEqual(['Length', 'Price', 'Booking']);
    const rows = $('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows.eq(1).find('th[scope=row]').text()).toBe('60 min');
    expect(rows.eq(1).find('td').first().text()).toBe('$125');
    const link = rows.eq(1).find('a');
    expect(link.text().trim()).toBe('Book a 60-minute therapeutic massage');
    expect(link.attr('href')).toBe('https://clinic.janeapp.com/?utm_source=website&utm_medium=service#/discipline/1/treatment/13');
  });
});

describe('ArticleByline', () => {
  const props = {
    author: { name: 'Maya Chen', credentials: 'RMT', role: 'Registered Massage Therapist', href: '/therapists/maya-chen/' },
    publishedDate: new Date('2026-10-06'),
    updatedDate: new Date('2026-11-20'),
    timeZone: 'America/Halifax',
    readingMinutes: 7,
  };

  it('links the author, with credentials, to their bio and shows both dates in <time> elements, as the start of the day in the clinic’s zone', async () => {
    const $ = load(await container.renderToString(ArticleByline, { props }));
    expect($('[data-byline-author]').text()).toBe('Maya Chen, RMT');
    expect($('[data-byline-author]').attr('href')).toBe('/therapists/maya-chen/');
    expect($('time[data-published]').attr('datetime')).toBe('2026-10-06T00:00:00-03:00');
    expect($('time[data-published]').text()).toBe('October 6, 2026');
    expect($('time[data-updated]').attr('datetime')).toBe('2026-11-20T00:00:00-04:00');
    expect($('[data-reading-time]').text()).toBe('7 min read');
    expect($('[data-byline-reviewer]')).toHaveLength(0);
  });

  it('says who reviewed it and when', async () => {
    const html = await container.renderToString(ArticleByline, {
      props: { ...props, reviewer: { name: 'Daniel Okafor', credentials: 'RMT', href: '/therapists/daniel-okafor/' }, lastReviewed: new Date('2026-11-21') },
    });
    const $ = load(html);
    expect(text($.html('[data-byline-reviewer]'))).toBe('Reviewed by Daniel Okafor, RMT on November 21, 2026');
    expect($('[data-byline-reviewer] a').attr('href')).toBe('/therapists/daniel-okafor/');
    expect($('time[data-reviewed]').attr('datetime')).toBe('2026-11-21');
  });
});

describe('ClinicHours', () => {
  it('lists grouped hours with full day names for assistive technology', async () => {
    const $ = load(await container.renderToString(ClinicHours, { props: { hours } }));
    expect($('dt').map((_, dt) => $(dt).text().trim()).get()).toEqual(['Mon–Tue', 'Wed–Fri', 'Sat', 'Sun']);
    expect($('dt abbr').first().attr('title')).toBe('Monday to Tuesday');
    expect($('dd').map((_, dd) => $(dd).text()).get()).toEqual(['9:00 a.m. – 8:00 p.m.', 'Closed', '10:00 a.m. – 4:00 p.m.', 'Closed']);
  });
});

describe('ArticleCard', () => {
  it('links the headline to the article at the given heading level', async () => {
    const $ = load(await container.renderToString(ArticleCard, { props: { id: 'hip-balance', title: 'Hip balance', description: 'About hips.', publishedDate: new Date('2026-10-06'), timeZone: 'Europe/London', readingMinutes: 4, headingLevel: 3 } }));
    expect($('h3 a').attr('href')).toBe('/articles/hip-balance/');
    expect($('h2')).toHaveLength(0);
    expect($('time').attr('datetime')).toBe('2026-10-06T00:00:00+01:00');
    expect($('time').text()).toBe('October 6, 2026');
    expect($('[data-reading-time]').text()).toBe(' · 4 min read');
  });
});

describe('HeadTags', () => {
  it('renders the head built as data, one tag each', async () => {
    const tags = buildHead({
      title: 'Services',
      siteName: 'Massage Rx',
      description: 'Prices.',
      canonical: 'https://massagerx.example/services/',
      image: { url: 'https://massagerx.example/og/default.png', alt: 'Massage Rx', width: 1200, height: 630 },
    });
    const html = await container.renderToString(HeadTags, { props: { tags } });
    const $ = load(html);
    expect($('title').text()).toBe('Services | Massage Rx');
    expect($('link[rel=canonical]').attr('href')).toBe('https://massagerx.example/services/');
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    expect($('meta, link, title')).toHaveLength(tags.length);
  });
});

const clinic = {
  name: 'Massage Rx',
  legalName: 'Massage Rx Inc.',
  booking,
  phone: { e164: '+12505550100', display: '(250) 555-0100' },
  email: 'hello@massagerx.example',
  address: { street: '1 Example St', locality: 'Vancouver', region: 'BC', postalCode: 'V6B 0A1', country: 'CA' },
  hours,
  mapUrl: 'https://maps.example/x',
  social: [{ label: 'Instagram', url: 'https://instagram.example/massagerx' }],
  specialHours: [],
  jurisdiction: { regulator: { name: 'Test College of Massage', url: 'https://college.example/', registerUrl: 'https://college.example/register', complaintsUrl: 'https://college.example/complaints' } },
};

describe('SiteHeader', () => {
  it('has the main navigation (also in a no-JavaScript menu for narrow screens) marking the current section, and a booking button', async () => {
    const $ = load(await container.renderToString(SiteHeader, { props: { clinic, current: { path: '/services/prenatal-massage/', section: '/services/' } } }));
    const navs = $('nav[aria-label="Main"], details.site-menu nav[aria-label="Menu"]');
    expect(navs).toHaveLength(2);
    expect($('nav[aria-label="Main"]')).toHaveLength(1);
    expect(navs.first().find('a').map((_, a) => $(a).text().trim()).get()).toEqual(['Services', 'Therapists', 'Articles', 'Contact']);
    expect($('details.site-menu summary').text().trim()).toBe('Menu');
    expect($('details.site-menu nav a[aria-current]').text().trim()).toBe('Services');
    expect(navs.first().find('a[aria-current]').attr('aria-current')).toBe('true');
    const book = $('a[data-placement="header"]');
    expect(book.text()).toBe('Book a massage');
    expect(book.attr('href')).toBe('/book/');
  });
});

describe('SiteFooter', () => {
  it('shows the clinic’s name, address, phone as a tel: link, email and hours', async () => {
    const html = await container.renderToString(SiteFooter, { props: { clinic: clinic as never, locations: [clinic] as never } });
    const $ = load(html);
    expect(text($('address').html() ?? '')).toBe('Massage Rx 1 Example St Vancouver, BC V6B 0A1');
    expect(readablePhone($('a[href="tel:+12505550100"]').text())).toBe('(250) 555-0100');
    expect($('a[href="tel:+12505550100"]').text()).not.toMatch(/[ -]/);
    expect($('a[href="mailto:hello@massagerx.example"]')).toHaveLength(1);
    expect($('dd').first().text()).toBe('9:00 a.m. – 8:00 p.m.');
    expect(text(html)).toContain('Massage Rx Inc. ·');
    expect($('footer a[href="https://instagram.example/massagerx"]').attr('rel')).toBe('noopener');
  });
  it('names the regulator, linking its register and complaints page', async () => {
    const $ = load(await container.renderToString(SiteFooter, { props: { clinic: clinic as never, locations: [clinic] as never } }));
    expect(text($('[data-footer-regulator]').html() ?? '')).toBe('Our therapists are regulated by the Test College of Massage: check a registration · make a complaint');
    expect($('[data-footer-regulator] a').map((_, a) => `${$(a).attr('href')} ${$(a).attr('rel')}`).get()).toEqual(['https://college.example/register noopener', 'https://college.example/complaints noopener']);
  });
});
