// The rest of the clinic's site as built, on both builds: therapists, the trust
// block on articles, the booking hub, contact and hours, content pages, topics,
// search, testimonials, and that every page can be reached by following links.
// Every expectation is read from the content the site was built from.
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { day, readablePhone, sites, textOf, type ArticleFile, type ServiceFile, type TherapistFile } from './helpers';

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

describe.each(sites)('the $name site', (site) => {
  const { clinic } = site;
  const therapistIds = site.ids('therapists');
  const published = site.publishedArticles();
  const serviceIds = site.ids('services');
  const topicIds = site.ids('topics');
  const therapist = (id: string) => site.entry<TherapistFile>('therapists', id);
  const article = (id: string) => {
    const { data } = site.entry<ArticleFile>('articles', id);
    return { ...data, topics: data.topics ?? [], citations: data.citations ?? [] };
  };
  const bookingOrigin = new URL(clinic.booking.rootUrl).origin;
  /** The therapist a booking link selects: Jane's staff member in the hash route, Acuity's calendar. */
  const selectedTherapist = (href: string) => {
    const url = new URL(href);
    return /\/staff_member\/([^/]+)/.exec(url.hash)?.[1] ?? url.searchParams.get('calendarID') ?? undefined;
  };
  /** The length a booking link selects: Jane's treatment, Acuity's appointment type. */
  const selectedLength = (href: string) => {
    const url = new URL(href);
    return /\/treatment\/([^/]+)/.exec(url.hash)?.[1] ?? url.searchParams.get('appointmentType') ?? undefined;
  };

  describe('therapists', () => {
    it('/therapists/ links to every therapist’s page', () => {
      const $ = site.page('/therapists/');
      for (const id of therapistIds) expect($(`main a[href="/therapists/${id}/"]`).length, id).toBeGreaterThan(0);
    });

    it.each(therapistIds)('/therapists/%s/ shows credentials, a checkable registration, bio, languages, services and a booking link to them', (id) => {
      const { data, body } = therapist(id);
      const $ = site.page(`/therapists/${id}/`);
      expect($('h1').text()).toBe(`${data.name}, ${data.credentials}`);
      const registration = textOf($, '[data-registration]');
      expect(registration).toContain(data.registration.body);
      expect(registration).toContain(String(data.registration.number));
      expect($('[data-registration] a').attr('href')).toBe(data.registration.registerUrl);
      const firstBioSentence = body.trim().split(/(?<=\.)\s/)[0]!;
      expect(textOf($, 'main')).toContain(firstBioSentence);
      for (const language of data.languages) expect(textOf($, 'main')).toContain(language);
      for (const s of data.services ?? []) expect($(`main a[href="/services/${s}/"]`).length, s).toBeGreaterThan(0);
      expect($('[data-accepting]').attr('data-accepting')).toBe(String(data.acceptingNewClients ?? true));

      const cta = $(`section[data-placement="therapist"][data-therapist="${id}"]:not([data-service])`);
      expect(cta).toHaveLength(1);
      const href = cta.find('a[data-cta]').attr('href')!;
      expect(new URL(href).origin).toBe(bookingOrigin);
      const combines = ['jane', 'acuity'].includes(clinic.booking.platform);
      if (data.bookingRef !== undefined && combines) expect(href).toContain(String(data.bookingRef));

      // A booking box per service they offer, a button per length, with them selected where the platform can.
      const panels = $(`[data-therapist-services] section[data-therapist="${id}"]`);
      expect(panels.map((_, p) => $(p).attr('data-service')).get()).toEqual(data.services ?? []);
      for (const service of data.services ?? []) {
        const lengths = site.entry<ServiceFile>('services', service).data.durations;
        const links = panels.filter(`[data-service="${service}"]`).find('a[data-minutes]');
        expect(links.map((_, a) => $(a).attr('data-minutes')).get()).toEqual(lengths.map((d) => String(d.minutes)));
        links.each((i, a) => {
          const url = $(a).attr('href')!;
          expect(new URL(url).origin).toBe(bookingOrigin);
          const selectsTherapist = data.bookingRef !== undefined && combines && (clinic.booking.platform === 'acuity' || lengths[i]!.bookingRef !== undefined);
          expect(selectedTherapist(url), `${service} ${url}`).toBe(selectsTherapist ? String(data.bookingRef) : undefined);
          const lengthRef = lengths[i]!.bookingRef ?? (clinic.booking.platform === 'acuity' ? site.entry<ServiceFile>('services', service).data.bookingRef : undefined);
          if (combines) expect(selectedLength(url), `${service} ${url}`).toBe(lengthRef === undefined ? undefined : String(lengthRef));
        });
      }
    });

    it('lists the published articles each therapist wrote or reviewed', () => {
      for (const id of site.ids('articles')) {
        const a = article(id);
        const shown = published.includes(id);
        expect(site.page(`/therapists/${a.author}/`)(`#written ~ ul a[href="/articles/${id}/"]`).length, `${a.author} wrote ${id}`).toBe(shown ? 1 : 0);
        if (a.reviewer) expect(site.page(`/therapists/${a.reviewer}/`)(`#reviewed ~ ul a[href="/articles/${id}/"]`).length, `${a.reviewer} reviewed ${id}`).toBe(shown ? 1 : 0);
      }
    });
  });

  describe('the trust block on every article', () => {
    it.each(published)('/articles/%s/ names author and reviewer with credentials and links, dates, sources and the disclaimer', (id) => {
      const a = article(id);
      const $ = site.page(`/articles/${id}/`);
      const author = therapist(a.author).data;
      const byline = $('[data-byline-author]');
      expect(byline.text()).toBe(`${author.name}, ${author.credentials}`);
      expect(byline.attr('href')).toBe(`/therapists/${a.author}/`);

      if (a.reviewer) {
        const reviewer = therapist(a.reviewer).data;
        expect(textOf($, '[data-byline-reviewer]')).toMatch(new RegExp(`^Reviewed by ${reviewer.name}, ${reviewer.credentials} on \\w+ \\d{1,2}, \\d{4}$`));
        expect($('[data-byline-reviewer] a').attr('href')).toBe(`/therapists/${a.reviewer}/`);
        expect($('time[data-reviewed]').attr('datetime')).toBe(day(a.lastReviewed));
      } else {
        expect($('[data-byline-reviewer]')).toHaveLength(0);
      }
      expect($('time[data-published]').attr('datetime')!.slice(0, 10)).toBe(day(a.publishedDate));
      expect($('time[data-updated]').attr('datetime')!.slice(0, 10)).toBe(day(a.updatedDate ?? a.publishedDate));

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

    it('shows up to three related articles, never the article itself nor an unpublished one', () => {
      for (const id of published) {
        const $ = site.page(`/articles/${id}/`);
        const related = $('#related-articles ~ ul a').map((_, a) => $(a).attr('href')).get();
        expect(related.length).toBeLessThanOrEqual(3);
        expect(related).not.toContain(`/articles/${id}/`);
        for (const href of related) expect(published.map((p) => `/articles/${p}/`)).toContain(href);
        if (published.length > 1) expect(related.length).toBeGreaterThan(0);
      }
    });

    it('the editorial policy the disclaimer links to exists', () => {
      const $ = site.page('/about/');
      expect($('h2#editorial-and-medical-review-policy').text()).toBe('Editorial and medical-review policy');
    });
  });

  describe('/book/', () => {
    const $ = site.page('/book/');

    it('offers every service with a link per length, and every therapist', () => {
      for (const id of serviceIds) {
        const s = site.entry<ServiceFile>('services', id).data;
        const panel = $(`section[data-placement="hub"][data-service="${id}"]:not([data-therapist])`);
        expect(panel, id).toHaveLength(1);
        const links = panel.find('a[data-minutes]');
        expect(links).toHaveLength(s.durations.length);
        s.durations.forEach((d, i) => {
          expect(new URL(links.eq(i).attr('href')!).origin).toBe(bookingOrigin);
          expect(new URL(links.eq(i).attr('href')!).searchParams.get('utm_medium')).toBe('hub');
          expect(links.eq(i).attr('data-minutes')).toBe(String(d.minutes));
        });
      }
      for (const id of therapistIds) {
        expect($(`section[data-placement="hub"][data-therapist="${id}"]:not([data-service]) > ul a[data-cta]`), id).toHaveLength(1);
        // Then each service the therapist offers, a link per length.
        const offered = therapist(id).data.services ?? [];
        const panels = $(`[data-hub-therapist="${id}"] details section[data-therapist="${id}"]`);
        expect(panels.map((_, p) => $(p).attr('data-service')).get(), id).toEqual(offered);
        for (const service of offered) {
          expect(panels.filter(`[data-service="${service}"]`).find('a[data-minutes]'), `${id} ${service}`).toHaveLength(site.entry<ServiceFile>('services', service).data.durations.length);
        }
      }
    });

    it('gives the phone number as an alternative and the cancellation terms next to the buttons', () => {
      const terms = textOf($, '[data-booking-terms]');
      expect(readablePhone($(`[data-booking-terms] a[href="tel:${clinic.phone.e164}"]`).text())).toBe(clinic.phone.display);
      expect(terms).toContain(clinic.cancellationSummary.trim());
      expect($('[data-booking-terms] a[href="/policies/cancellation/"]')).toHaveLength(1);
    });

    it('states how to pay and links to gift cards when the clinic sells them', () => {
      expect(textOf($, '[data-payment]')).toContain(clinic.payment.trim());
      expect($('a[data-cta="gift-card"]').attr('href')).toBe(clinic.booking.giftCardUrl);
    });
  });

  describe('the clinic’s rules, shown', () => {
    const { regulator } = clinic.jurisdiction;
    it('every page’s footer names the regulator, with its public register and complaints page', () => {
      for (const path of site.pages()) {
        const $ = site.page(path);
        const line = $('footer [data-footer-regulator]');
        expect(line.text(), path).toContain(regulator.name);
        expect(line.find('a').map((_, a) => $(a).attr('href')).get(), path).toEqual([regulator.registerUrl, regulator.complaintsUrl]);
      }
    });
    it('the about page names the regulator, linked, with the register and the complaints process', () => {
      const $ = site.page('/about/');
      const section = $('main [data-regulator]');
      expect(section.text()).toContain(regulator.name);
      expect(section.find('a').map((_, a) => $(a).attr('href')).get()).toEqual([regulator.url, regulator.registerUrl, regulator.complaintsUrl]);
    });
    it('the privacy page names who is responsible, how to reach them, and the commissioner to complain to', () => {
      const $ = site.page('/privacy/');
      const section = $('main [data-privacy-contact]');
      expect(textOf($, 'main [data-privacy-contact]')).toContain(`Responsible for how the clinic handles personal information: ${clinic.privacy.officer}.`);
      expect(section.find(`a[href="mailto:${clinic.privacy.email}"]`).text()).toBe(clinic.privacy.email);
      expect(section.find(`a[href="${clinic.privacy.commissioner.url}"]`).text()).toBe(clinic.privacy.commissioner.name);
      // Nowhere else: the other pages keep to their subject.
      for (const path of site.pages().filter((p) => p !== '/privacy/')) expect(site.page(path)('[data-privacy-contact]'), path).toHaveLength(0);
    });
  });

  describe('/contact/', () => {
    const $ = site.page('/contact/');

    it('has the hours table, one row per day, matching clinic.yaml', () => {
      const rows = $('[data-hours-table] tbody tr');
      expect(rows).toHaveLength(7);
      WEEKDAY_NAMES.forEach((name, i) => {
        expect(rows.eq(i).find('th').text().trim()).toBe(name);
        const range = clinic.hours.find((h) => h.days.includes(name.slice(0, 3)));
        const cell = rows.eq(i).find('td').text().trim();
        if (!range) expect(cell, name).toBe('Closed');
        // "09:00" (or "9:00") is shown as "9:00 a.m.": check the hour and minutes of both ends, independently of the formatter.
        else
          for (const time of [range.opens, range.closes]) {
            const [hour, minute] = time.split(':').map(Number) as [number, number];
            expect(cell, name).toContain(`${hour % 12 || 12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'a.m.' : 'p.m.'}`);
          }
      });
    });

    it('has the name, address, phone, email, a map link, parking, transit and premises accessibility', () => {
      const text = textOf($, 'main');
      expect($(`main a[href="tel:${clinic.phone.e164}"]`).length).toBeGreaterThan(0);
      expect($(`main a[href="mailto:${clinic.email}"]`).length).toBeGreaterThan(0);
      expect($('main address').text()).toContain(clinic.name);
      expect($(`main a[href="${clinic.mapUrl}"]`).length).toBe(1);
      for (const field of [clinic.parking, clinic.transit]) expect(text).toContain(field.trim());
      expect($('#access').length).toBe(1);
      expect($('iframe').length).toBe(0);
    });
  });

  describe('pages and policies from content/pages', () => {
    it.each(site.ids('pages'))('/%s/ is built from its markdown with a title, summary and updated date', (id) => {
      const { data } = site.entry<{ title: string; summary: string }>('pages', id);
      const $ = site.page(`/${id}/`);
      expect($('h1').text()).toBe(data.title);
      expect($('meta[name=description]').attr('content')).toBe(data.summary);
      expect($('time[data-updated]').length).toBe(1);
    });

    it('a page with questions shows every question and answer, opening without JavaScript', () => {
      for (const id of site.ids('pages')) {
        const { data } = site.entry<{ questions?: Array<{ question: string; answer: string }> }>('pages', id);
        const items = site.page(`/${id}/`)('[data-faq] details');
        expect(items, id).toHaveLength(data.questions?.length ?? 0);
        (data.questions ?? []).forEach((q, i) => {
          expect(items.eq(i).find('summary').text().trim()).toBe(q.question);
          expect(items.eq(i).text()).toContain(q.answer);
        });
      }
    });
  });

  describe('topics', () => {
    it.each(topicIds)('/topics/%s/ lists the topic’s published articles and the services that fit it', (id) => {
      const $ = site.page(`/topics/${id}/`);
      for (const a of site.ids('articles')) {
        const has = article(a).topics.includes(id) && published.includes(a);
        expect($(`main a[href="/articles/${a}/"]`).length > 0, `${id} lists ${a}: ${has}`).toBe(has);
      }
      for (const s of serviceIds) {
        const { topics = [] } = site.entry<ServiceFile>('services', s).data;
        expect($(`main a[href="/services/${s}/"]`).length > 0, `${id} lists ${s}`).toBe(topics.includes(id));
      }
    });

    it('/topics/ links to every topic', () => {
      const $ = site.page('/topics/');
      for (const id of topicIds) expect($(`main a[href="/topics/${id}/"]`).length).toBe(1);
    });
  });

  describe('search', () => {
    it('indexes exactly the published article, service and therapist pages', () => {
      const entry = JSON.parse(site.read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
      const count = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
      expect(count).toBe(published.length + serviceIds.length + therapistIds.length);
      for (const path of site.pages()) {
        const marked = site.page(path)('[data-pagefind-body]').length > 0;
        const shouldBe = /^\/(articles|services|therapists)\/[^/]+\/$/.test(path) && !/^\/articles\/\d+\/$/.test(path);
        expect(marked, path).toBe(shouldBe);
      }
    });

    it('keeps navigation and footer out of the index', () => {
      const $ = site.page(`/articles/${published[0]}/`);
      expect($('[data-pagefind-body] header nav[aria-label=Main], [data-pagefind-body] footer').length).toBe(0);
      expect($('footer [data-pagefind-body], body > header [data-pagefind-body]').length).toBe(0);
    });

    it('is the only page that loads JavaScript, and is kept out of the sitemap', () => {
      for (const path of site.pages()) expect(site.page(path)('script:not([type="application/ld+json"]):not([type="speculationrules"])').length > 0, path).toBe(path === '/search/');
      expect(site.read('sitemap-0.xml')).not.toContain('/search/');
      expect(site.page('/search/')('meta[name=robots]').attr('content')).toContain('noindex');
    });
  });

  describe('testimonials', () => {
    it('appear only where the jurisdiction setting allows them, as quotations without ratings', () => {
      const allowed = clinic.jurisdiction.testimonialsAllowed === true;
      const about = site.ids('testimonials').map((id) => site.entry<{ service?: string }>('testimonials', id).data.service);
      for (const path of site.pages()) {
        const section = site.page(path)('[data-testimonials]');
        const service = /^\/services\/([^/]+)\/$/.exec(path)?.[1];
        expect(section.length, path).toBe(allowed && service && about.includes(service) ? 1 : 0);
        expect(section.html() ?? '').not.toMatch(/rating|★|itemprop|schema\.org/i);
      }
    });
  });

  describe('navigation', () => {
    it('reaches every built page by following links from the home page', () => {
      const seen = new Set<string>(['/']);
      const queue = ['/'];
      while (queue.length) {
        const current = queue.shift()!;
        const $ = site.page(current);
        $('a[href^="/"]').each((_, a) => {
          const href = ($(a).attr('href') ?? '').split('#')[0]!;
          if (!href || seen.has(href) || !existsSync(site.fileFor(href)) || !href.endsWith('/')) return;
          seen.add(href);
          queue.push(href);
        });
      }
      const unreachable = site.pages().filter((p) => p.endsWith('/') && !seen.has(p));
      expect(unreachable).toEqual([]);
    });

    it('the header links to Services, Therapists, Articles, Contact and booking on every page', () => {
      for (const path of site.pages()) {
        const $ = site.page(path);
        const nav = $('body > header nav[aria-label=Main]').first();
        expect(nav.find('a').map((_, a) => $(a).attr('href')).get().slice(0, 4), path).toEqual(['/services/', '/therapists/', '/articles/', '/contact/']);
        expect($('body > header a[data-placement="header"]').attr('href'), path).toBe('/book/');
      }
    });

    it('every link to a #fragment on the site lands on an element with that id', () => {
      for (const path of site.pages()) {
        const $ = site.page(path);
        $('a[href*="#"]').each((_, a) => {
          const href = $(a).attr('href')!;
          if (/^[a-z]+:/.test(href)) return;
          const [target, id] = href.split('#') as [string, string];
          const $target = target ? load(readFileSync(site.fileFor(target), 'utf8')) : $;
          expect($target(`[id="${id}"]`).length, `${path} → ${href}`).toBe(1);
        });
      }
    });

    it('the footer links to the clinic’s social profiles', () => {
      const $ = site.page('/');
      for (const { url } of clinic.social ?? []) expect($(`footer a[href="${url}"]`).length, url).toBe(1);
    });
  });
});
