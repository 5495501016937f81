// The rest of the clinic's site as built: therapists, the trust block on
// articles, the booking hub, contact and hours, content pages, topics, search,
// testimonials (off), and that every page can be reached by following links.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildBookingUrl } from '../../src/lib/booking';
import { formatRange, hoursByDay, type OpeningHours } from '../../src/lib/hours';
import { builtPages, clinic, contentIds, DIST, distFileFor, page, readEntry, textOf, readablePhone, type ServiceFile } from './helpers';

interface TherapistFile {
  name: string;
  credentials: string;
  role: string;
  registration: { body: string; number: string; registerUrl: string };
  languages: string[];
  focus: string[];
  services: string[];
  bookingRef?: string;
  acceptingNewClients: boolean;
}
interface ArticleFile {
  title: string;
  author: string;
  reviewer?: string;
  lastReviewed?: Date;
  topics: string[];
  services: string[];
  citations: Array<{ title: string; publisher: string; year: number; url: string }>;
}

const therapistIds = contentIds('therapists');
const articleIds = contentIds('articles');
const serviceIds = contentIds('services');
const topicIds = contentIds('topics');
const therapist = (id: string) => readEntry<TherapistFile>(`therapists/${id}.md`);
const article = (id: string) => {
  const data = readEntry<ArticleFile>(`articles/${id}.mdx`).data;
  return { ...data, topics: data.topics ?? [], citations: data.citations ?? [] };
};
const iso = (d: Date | string) => new Date(d).toISOString().slice(0, 10);

describe('therapists', () => {
  it('/therapists/ links to every therapist’s page', () => {
    const $ = page('/therapists/');
    for (const id of therapistIds) expect($(`main a[href="/therapists/${id}/"]`).length, id).toBeGreaterThan(0);
  });

  it.each(therapistIds)('/therapists/%s/ shows credentials, a checkable registration, bio, languages, services and a booking link to them', (id) => {
    const { data, body } = therapist(id);
    const $ = page(`/therapists/${id}/`);
    expect($('h1').text()).toBe(`${data.name}, ${data.credentials}`);
    const registration = textOf($, '[data-registration]');
    expect(registration).toContain(data.registration.body);
    expect(registration).toContain(data.registration.number);
    expect($('[data-registration] a').attr('href')).toBe(data.registration.registerUrl);
    const firstBioSentence = body.trim().split(/(?<=\.)\s/)[0]!;
    expect(textOf($, 'main')).toContain(firstBioSentence);
    for (const language of data.languages) expect(textOf($, 'main')).toContain(language);
    for (const s of data.services) expect($(`main a[href="/services/${s}/"]`).length, s).toBeGreaterThan(0);
    expect($('[data-accepting]').attr('data-accepting')).toBe(String(data.acceptingNewClients));

    const cta = $(`section[data-placement="therapist"][data-therapist="${id}"]`);
    expect(cta).toHaveLength(1);
    expect(cta.find('a[data-cta]').attr('href')).toBe(
      buildBookingUrl(clinic.booking, { therapistRef: data.bookingRef, query: { utm_source: 'website', utm_medium: 'therapist' } }),
    );
    expect(cta.find('a[data-cta]').attr('href')).toContain(`#/staff_member/${data.bookingRef}`);
  });

  it('lists the articles each therapist wrote or reviewed', () => {
    for (const id of articleIds) {
      const a = article(id);
      expect(page(`/therapists/${a.author}/`)(`#written ~ ul a[href="/articles/${id}/"]`).length, `${a.author} wrote ${id}`).toBe(1);
      if (a.reviewer) expect(page(`/therapists/${a.reviewer}/`)(`#reviewed ~ ul a[href="/articles/${id}/"]`).length, `${a.reviewer} reviewed ${id}`).toBe(1);
    }
  });
});

describe('the trust block on every article', () => {
  it.each(articleIds)('/articles/%s/ names author and reviewer with credentials and links, dates, sources and the disclaimer', (id) => {
    const a = article(id);
    const $ = page(`/articles/${id}/`);
    const author = therapist(a.author).data;
    const byline = $('[data-byline-author]');
    expect(byline.text()).toBe(`${author.name}, ${author.credentials}`);
    expect(byline.attr('href')).toBe(`/therapists/${a.author}/`);

    if (a.reviewer) {
      const reviewer = therapist(a.reviewer).data;
      expect(textOf($, '[data-byline-reviewer]')).toMatch(new RegExp(`^Reviewed by ${reviewer.name}, ${reviewer.credentials} on \\w+ \\d{1,2}, \\d{4}$`));
      expect($('[data-byline-reviewer] a').attr('href')).toBe(`/therapists/${a.reviewer}/`);
      expect($('time[data-reviewed]').attr('datetime')).toBe(iso(a.lastReviewed!));
    }
    expect($('time[data-published]').length).toBe(1);
    expect($('time[data-updated]').length).toBe(1);

    expect($('li[data-citation]')).toHaveLength(a.citations.length);
    expect($('#sources').length).toBe(a.citations.length > 0 ? 1 : 0);
    if (a.citations.length) expect($('#sources ~ ol').is('ol')).toBe(true);
    a.citations.forEach((c, i) => {
      const li = $('li[data-citation]').eq(i);
      expect(li.find('a').attr('href')).toBe(c.url);
      expect(li.text()).toContain(`${c.publisher}, ${c.year}`);
    });

    const disclaimer = textOf($, '[data-disclaimer]');
    expect(disclaimer).toContain('general information, not individual medical advice');
    expect(disclaimer).toMatch(/see a doctor/);
    expect($('[data-disclaimer] a').attr('href')).toBe('/about/#editorial-and-medical-review-policy');

    for (const t of a.topics) expect($(`a[href="/topics/${t}/"]`).length, t).toBeGreaterThan(0);
  });

  it('shows up to three related articles, never the article itself', () => {
    for (const id of articleIds) {
      const $ = page(`/articles/${id}/`);
      const related = $('#related-articles ~ ul a').map((_, a) => $(a).attr('href')).get();
      expect(related.length).toBeLessThanOrEqual(3);
      expect(related).not.toContain(`/articles/${id}/`);
      if (articleIds.length > 1) expect(related.length).toBeGreaterThan(0);
    }
  });

  it('the editorial policy the disclaimer links to exists', () => {
    const $ = page('/about/');
    expect($('h2#editorial-and-medical-review-policy').text()).toBe('Editorial and medical-review policy');
  });
});

describe('/book/', () => {
  const $ = page('/book/');

  it('offers every service with a deep link per length, and every therapist', () => {
    for (const id of serviceIds) {
      const s = readEntry<ServiceFile>(`services/${id}.md`).data;
      const panel = $(`section[data-placement="hub"][data-service="${id}"]`);
      expect(panel, id).toHaveLength(1);
      const links = panel.find('a[data-minutes]');
      expect(links).toHaveLength(s.durations.length);
      s.durations.forEach((d, i) => {
        expect(links.eq(i).attr('href')).toBe(
          buildBookingUrl(clinic.booking, { serviceRef: s.bookingRef, durationRef: d.bookingRef, query: { utm_source: 'website', utm_medium: 'hub' } }),
        );
        expect(links.eq(i).text()).toContain(`$${d.price}`);
      });
    }
    for (const id of therapistIds) {
      const t = therapist(id).data;
      expect($(`section[data-placement="hub"][data-therapist="${id}"] a[data-cta]`).attr('href')).toContain(`#/staff_member/${t.bookingRef}`);
    }
  });

  it('gives the phone number as an alternative and the cancellation terms next to the buttons', () => {
    const terms = textOf($, '[data-booking-terms]');
    expect(readablePhone($(`[data-booking-terms] a[href="tel:${clinic.phone.e164}"]`).text())).toBe(clinic.phone.display);
    expect(terms).toContain(readFileSync(join(process.cwd(), 'content/clinic.yaml'), 'utf8').match(/cancellationSummary: >-\n\s+(.+)/)![1]!.trim());
    expect($('[data-booking-terms] a[href="/policies/cancellation/"]')).toHaveLength(1);
  });
});

describe('/contact/', () => {
  const $ = page('/contact/');

  it('has the hours table, one row per day, matching content/clinic.yaml', () => {
    const rows = $('[data-hours-table] tbody tr');
    const expected = hoursByDay(clinic.hours as OpeningHours[]);
    expect(rows).toHaveLength(7);
    expected.forEach((day, i) => {
      expect(rows.eq(i).find('th').text().trim()).toBe(day.dayName);
      expect(rows.eq(i).find('td').text().trim()).toBe(formatRange(day.opens, day.closes));
    });
    // spot-check against the raw file, independent of the library
    const monday = clinic.hours.find((h) => h.days.includes('Mon'))!;
    expect(rows.eq(0).find('td').text()).toContain(`${Number(monday.opens.slice(0, 2)) % 12 || 12}:${monday.opens.slice(3)}`);
  });

  it('has the name, address, phone, email, a map link, parking, transit and premises accessibility', () => {
    const text = textOf($, 'main');
    expect($(`main a[href="tel:${clinic.phone.e164}"]`).length).toBeGreaterThan(0);
    expect($('main a[href^="mailto:"]').length).toBeGreaterThan(0);
    expect($('main address').text()).toContain(clinic.name);
    const raw = readFileSync(join(process.cwd(), 'content/clinic.yaml'), 'utf8');
    const mapUrl = /^mapUrl: (.+)$/m.exec(raw)![1]!;
    expect($(`main a[href="${mapUrl}"]`).length).toBe(1);
    for (const field of ['parking', 'transit']) expect(text).toContain(new RegExp(`^${field}: (.+)$`, 'm').exec(raw)![1]!.trim());
    expect($('#access').length).toBe(1);
    expect($('iframe').length).toBe(0);
  });
});

describe('pages and policies from content/pages', () => {
  it.each(['about', 'first-visit', 'faq', 'policies/cancellation', 'privacy', 'accessibility'])('/%s/ is built from its markdown with a title, summary and updated date', (id) => {
    const { data } = readEntry<{ title: string; summary: string }>(`pages/${id}.md`);
    const $ = page(`/${id}/`);
    expect($('h1').text()).toBe(data.title);
    expect($('meta[name=description]').attr('content')).toBe(data.summary);
    expect($('time[data-updated]').length).toBe(1);
  });

  it('the FAQ shows every question and answer, opening without JavaScript', () => {
    const { data } = readEntry<{ questions: Array<{ question: string; answer: string }> }>('pages/faq.md');
    const $ = page('/faq/');
    const items = $('[data-faq] details');
    expect(items).toHaveLength(data.questions.length);
    data.questions.forEach((q, i) => {
      expect(items.eq(i).find('summary').text().trim()).toBe(q.question);
      expect(items.eq(i).text()).toContain(q.answer);
    });
  });

  it('the privacy page says no health data is collected here', () => {
    expect(textOf(page('/privacy/'), 'main')).toContain('No health information is collected on this site');
  });
});

describe('topics', () => {
  it.each(topicIds)('/topics/%s/ lists the topic’s articles and the services that fit it', (id) => {
    const $ = page(`/topics/${id}/`);
    for (const a of articleIds) {
      const has = article(a).topics.includes(id);
      expect($(`main a[href="/articles/${a}/"]`).length > 0, `${id} lists ${a}: ${has}`).toBe(has);
    }
    for (const s of serviceIds) {
      const { topics = [] } = readEntry<{ topics?: string[] }>(`services/${s}.md`).data;
      expect($(`main a[href="/services/${s}/"]`).length > 0, `${id} lists ${s}`).toBe(topics.includes(id));
    }
  });

  it('/topics/ links to every topic', () => {
    const $ = page('/topics/');
    for (const id of topicIds) expect($(`main a[href="/topics/${id}/"]`).length).toBe(1);
  });
});

describe('search', () => {
  it('indexes exactly the article, service and therapist pages', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const count = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(count).toBe(articleIds.length + serviceIds.length + therapistIds.length);
    for (const path of builtPages()) {
      const marked = page(path)('[data-pagefind-body]').length > 0;
      const shouldBe = /^\/(articles|services|therapists)\/[^/]+\/$/.test(path);
      expect(marked, path).toBe(shouldBe);
    }
  });

  it('keeps navigation and footer out of the index', () => {
    const $ = page('/articles/hip-balance-and-lower-back-pain/');
    expect($('[data-pagefind-body] header nav[aria-label=Main], [data-pagefind-body] footer').length).toBe(0);
    expect($('footer [data-pagefind-body], body > header [data-pagefind-body]').length).toBe(0);
  });

  it('is the only page that loads JavaScript, and is kept out of the sitemap', () => {
    for (const path of builtPages()) expect(page(path)('script:not([type="application/ld+json"])').length > 0, path).toBe(path === '/search/');
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain('/search/');
    expect(page('/search/')('meta[name=robots]').attr('content')).toContain('noindex');
  });
});

describe('testimonials', () => {
  it('are not shown anywhere while the jurisdiction setting is off (the default)', () => {
    expect(readFileSync(join(process.cwd(), 'content/clinic.yaml'), 'utf8')).toMatch(/testimonialsAllowed: false/);
    for (const path of builtPages()) expect(page(path)('[data-testimonials]').length, path).toBe(0);
  });
});

describe('navigation', () => {
  it('reaches every built page by following links from the home page', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length) {
      const current = queue.shift()!;
      const $ = page(current);
      $('a[href^="/"]').each((_, a) => {
        const href = ($(a).attr('href') ?? '').split('#')[0]!;
        if (!href || seen.has(href) || !existsSync(distFileFor(href)) || !href.endsWith('/')) return;
        seen.add(href);
        queue.push(href);
      });
    }
    const unreachable = builtPages().filter((p) => p.endsWith('/') && !seen.has(p));
    expect(unreachable).toEqual([]);
  });

  it('the header links to Services, Therapists, Articles, Contact and booking on every page', () => {
    for (const path of builtPages()) {
      const $ = page(path);
      const nav = $('body > header nav[aria-label=Main]').first();
      expect(nav.find('a').map((_, a) => $(a).attr('href')).get().slice(0, 4), path).toEqual(['/services/', '/therapists/', '/articles/', '/contact/']);
      expect($('body > header a[data-placement="header"]').attr('href'), path).toBe('/book/');
    }
  });

  it('every link to a #fragment on the site lands on an element with that id', () => {
    for (const path of builtPages()) {
      const $ = page(path);
      $('a[href*="#"]').each((_, a) => {
        const href = $(a).attr('href')!;
        if (/^[a-z]+:/.test(href)) return;
        const [target, id] = href.split('#') as [string, string];
        const $target = target ? load(readFileSync(distFileFor(target), 'utf8')) : $;
        expect($target(`[id="${id}"]`).length, `${path} → ${href}`).toBe(1);
      });
    }
  });
});

describe('clinic facts shown where visitors need them', () => {
  const raw = readFileSync(join(process.cwd(), 'content/clinic.yaml'), 'utf8');
  it('the booking hub states how to pay, direct billing and links to gift cards', () => {
    const $ = page('/book/');
    expect(textOf($, '[data-payment]')).toContain(/^payment: (.+)$/m.exec(raw)![1]!.trim());
    expect($('a[data-cta="gift-card"]').attr('href')).toBe(/giftCardUrl: (\S+)/.exec(raw)![1]);
  });
  it('the footer links to the clinic’s social profiles', () => {
    const urls = [...raw.matchAll(/url: "(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    const $ = page('/');
    for (const url of urls) expect($(`footer a[href="${url}"]`).length, url).toBe(1);
  });
});
