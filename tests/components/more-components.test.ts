// More components through the Container API: trust, hours, FAQ, navigation aids.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import ArticleDisclaimer from '../../src/components/ArticleDisclaimer.astro';
import ArticleSources from '../../src/components/ArticleSources.astro';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import ClinicHoursTable from '../../src/components/ClinicHoursTable.astro';
import FaqList from '../../src/components/FaqList.astro';
import MobileBookBar from '../../src/components/MobileBookBar.astro';
import Pagination from '../../src/components/Pagination.astro';
import TherapistPortrait from '../../src/components/TherapistPortrait.astro';
import TopicLinks from '../../src/components/TopicLinks.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('ArticleSources', () => {
  it('numbers the sources in an ordered list, each title linking to the work', async () => {
    const $ = load(
      await container.renderToString(ArticleSources, {
        props: { citations: [{ title: 'Massage for low-back pain', publisher: 'Cochrane', year: 2015, url: 'https://doi.org/10.1002/x' }] },
      }),
    );
    expect($('h2#sources').text()).toBe('Sources');
    expect($('ol > li')).toHaveLength(1);
    expect($('ol > li a').attr('href')).toBe('https://doi.org/10.1002/x');
    expect($('ol > li a').attr('rel')).toBe('noopener');
    expect($('ol > li').text().replace(/\s+/g, ' ').trim()).toBe('Massage for low-back pain. Cochrane, 2015.');
  });
  it('renders nothing without sources', async () => {
    expect((await container.renderToString(ArticleSources, { props: { citations: [] } })).trim()).toBe('');
  });
});

describe('ArticleDisclaimer', () => {
  it('says it is general information, when to see a doctor, and links to the editorial policy', async () => {
    const $ = load(await container.renderToString(ArticleDisclaimer));
    expect($('[data-disclaimer]').attr('role')).toBe('note');
    expect($.text()).toContain('not individual medical advice');
    expect($.text()).toContain('see a doctor');
    expect($('a').attr('href')).toBe('/about/#editorial-and-medical-review-policy');
  });
});

describe('ClinicHoursTable', () => {
  const hours = [{ days: ['Mon' as const], opens: '09:00', closes: '17:00' }];
  it('has a row for every day with a header cell, and upcoming holiday hours only (upcoming in the clinic’s zone)', async () => {
    const $ = load(
      await container.renderToString(ClinicHoursTable, {
        props: {
          hours,
          specialHours: [
            { date: new Date('2026-12-25'), closed: true, note: 'Christmas Day' },
            { date: new Date('2026-12-24'), closed: false, opens: '09:00', closes: '13:00', note: 'Christmas Eve' },
            { date: new Date('2025-12-25'), closed: true, note: 'Last Christmas' },
            { date: new Date('2026-11-26'), closed: true, note: 'Yesterday in Vancouver' },
          ],
          // 02:00 UTC on the 27th is still the 26th in Vancouver: that day is not past there yet.
          from: new Date('2026-11-27T02:00:00Z'),
          timeZone: 'America/Vancouver',
        },
      }),
    );
    expect($('tbody tr')).toHaveLength(7);
    expect($('tbody tr').first().find('th[scope=row]').text().trim()).toBe('Monday');
    expect($('tbody tr').first().find('td').text()).toBe('9:00 a.m. – 5:00 p.m.');
    expect($('tbody tr').last().find('td').text()).toBe('Closed');
    expect($('[data-special-hours] li').map((_, li) => $(li).text().replace(/\s+/g, ' ').trim()).get()).toEqual([
      'November 26, 2026 (Yesterday in Vancouver): Closed',
      'December 24, 2026 (Christmas Eve): 9:00 a.m. – 1:00 p.m.',
      'December 25, 2026 (Christmas Day): Closed',
    ]);
  });
});

describe('FaqList', () => {
  it('puts each question in a <summary> and its answer in the same <details>', async () => {
    const $ = load(await container.renderToString(FaqList, { props: { questions: [{ question: 'Do I need a referral?', answer: 'No, book directly.' }] } }));
    expect($('details')).toHaveLength(1);
    expect($('details > summary').text().trim()).toBe('Do I need a referral?');
    expect($('details > p').text()).toBe('No, book directly.');
    expect($('details').attr('open')).toBeUndefined();
  });
});

describe('Breadcrumbs', () => {
  it('is a labelled list of links ending in the current page', async () => {
    const $ = load(await container.renderToString(Breadcrumbs, { props: { items: [{ href: '/', label: 'Home' }, { href: '/articles/', label: 'Articles' }], current: 'Hip balance' } }));
    expect($('nav').attr('aria-label')).toBe('Breadcrumb');
    expect($('ol > li a').map((_, a) => $(a).attr('href')).get()).toEqual(['/', '/articles/']);
    expect($('[aria-current="page"]').text()).toBe('Hip balance');
  });
});

describe('Pagination', () => {
  it('shows previous and next only where they exist, with rel', async () => {
    const $ = load(await container.renderToString(Pagination, { props: { next: '/articles/2/', current: 1, last: 2 } }));
    expect($('nav[aria-label=Pagination] a[rel=next]').attr('href')).toBe('/articles/2/');
    expect($('a[rel=prev]')).toHaveLength(0);
    expect($.text()).toContain('Page 1 of 2');
  });
  it('renders nothing for a single page', async () => {
    expect((await container.renderToString(Pagination, { props: { current: 1, last: 1 } })).trim()).toBe('');
  });
});

describe('TherapistPortrait', () => {
  it('shows decorative initials when there is no photo', async () => {
    const $ = load(await container.renderToString(TherapistPortrait, { props: { name: 'Maya Chen' } }));
    expect($('div').attr('aria-hidden')).toBe('true');
    expect($('div').text().trim()).toBe('MC');
    expect($('img')).toHaveLength(0);
  });
});

describe('TopicLinks', () => {
  it('links each topic to its hub inside a labelled navigation', async () => {
    const $ = load(await container.renderToString(TopicLinks, { props: { topics: [{ id: 'back-pain', title: 'Back pain' }], label: 'Article topics' } }));
    expect($('nav').attr('aria-label')).toBe('Article topics');
    expect($('a').attr('href')).toBe('/topics/back-pain/');
  });
});

describe('MobileBookBar', () => {
  it('offers booking and a call with the number spoken to screen readers', async () => {
    const $ = load(await container.renderToString(MobileBookBar, { props: { phone: { e164: '+12505550100', display: '(250) 555-0100' } } }));
    expect($('a[data-placement="mobile-bar"]').attr('href')).toBe('/book/');
    expect($('a[href="tel:+12505550100"]').text().replace(/\u00a0/g, ' ').replace(/\u2011/g, '-').trim()).toBe('Call (250) 555-0100');
    expect($('[data-mobile-book-bar]').attr('class')).toContain('md:hidden');
  });
});
