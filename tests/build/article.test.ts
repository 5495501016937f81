// The seed article as built: the clinic's own words kept word for word, its
// byline, and its booking call to action. The article is found by its text, not
// its file name, so renaming the file (or changing its dates, author or services)
// keeps this test meaningful.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSite as site, day, readablePhone, textOf, type ArticleFile, type ServiceFile, type TherapistFile } from './helpers';
import { pageTitle } from '../../src/lib/seo/head';

const seed = readFileSync(join(process.cwd(), 'tests/fixtures/hip-balance-and-lower-back-pain.txt'), 'utf8');
const firstSentence = seed.trim().split(/(?<=\.)\s/)[0]!;
const SLUG = site.ids('articles').find((id) => site.entry('articles', id).body.includes(firstSentence));
if (!SLUG) throw new Error(`No article in content/articles/ holds the seed text (tests/fixtures/hip-balance-and-lower-back-pain.txt): it is the clinic's own article and stays word for word.`);
const article = site.entry<ArticleFile>('articles', SLUG);
const $ = site.page(`/articles/${SLUG}/`);
const { clinic } = site;

const seedLines = seed
  .split('\n')
  .map((l) => l.replace(/^\s*•\s*/, '').trim())
  .filter(Boolean);
/** Section lines: title-cased lines ending in a colon that stand alone, e.g. "The Role of Hip Balance in Lower Back Health:". */
const isTitleCase = (line: string) => {
  const words = line.split(/\s+/).filter((w) => w.length > 3);
  return words.filter((w) => /^[A-Z]/.test(w)).length / words.length > 0.6;
};
const sectionLines = seed
  .split(/\n\s*\n/)
  .map((block) => block.trim())
  .filter((block) => !block.includes('\n') && /:$/.test(block) && !/[.?!]/.test(block) && !block.startsWith('•') && isTitleCase(block))
  .map((block) => block.replace(/:$/, ''));
const bulletLines = seed
  .split('\n')
  .filter((l) => /^\s*•/.test(l))
  .map((l) => l.replace(/^\s*•\s*/, '').trim());

describe('the seed article', () => {
  it('has the article’s title as its only h1 and in <title>', () => {
    expect($('h1')).toHaveLength(1);
    expect($('h1').text()).toBe(article.data.title);
    expect($('title').text()).toBe(pageTitle(article.data.title, clinic.name));
    expect($('meta[name=description]').attr('content')).toBe(article.data.description);
  });

  it('contains every line and sentence of the seed text, word for word', () => {
    const body = textOf($, 'article .prose');
    for (const line of seedLines) {
      const expected = sectionLines.includes(line.replace(/:$/, '')) ? line.replace(/:$/, '') : line;
      expect(body, `missing from the page: "${expected}"`).toContain(expected);
    }
    const sentences = seedLines.flatMap((l) => l.split(/(?<=[.!?])\s+/));
    expect(sentences.length).toBeGreaterThan(15);
    for (const sentence of sentences) expect(body).toContain(sentence.replace(/:$/, ''));
  });

  it('adds no words and drops none: the body is the seed text, only restructured', () => {
    const words = (s: string) => s.replace(/•/g, ' ').split(/\s+/).filter(Boolean);
    const seedWords = words(seedLines.map((l) => (sectionLines.includes(l.replace(/:$/, '')) ? l.replace(/:$/, '') : l)).join(' '));
    expect(words(textOf($, 'article .prose'))).toEqual(seedWords);
  });

  it('turns section lines into headings and bullet lines into list items', () => {
    expect(sectionLines).toHaveLength(2);
    expect($('article .prose h2').map((_, h) => $(h).text()).get()).toEqual(sectionLines);
    expect($('article .prose li').map((_, li) => $(li).text().replace(/\s+/g, ' ').trim()).get()).toEqual(bulletLines);
    expect($('article .prose ul')).toHaveLength(2);
  });

  it('shows the author with credentials and the published and updated dates', () => {
    const author = site.entry<TherapistFile>('therapists', article.data.author).data;
    expect($('[data-byline-author]').text()).toBe(`${author.name}, ${author.credentials}`);
    expect($('time[data-published]').attr('datetime')!.slice(0, 10)).toBe(day(article.data.publishedDate));
    expect($('time[data-updated]').attr('datetime')!.slice(0, 10)).toBe(day(article.data.updatedDate ?? article.data.publishedDate));
  });

  it('ends with a booking call to action for its first related service', () => {
    const serviceId = article.data.services[0]!;
    const service = site.entry<ServiceFile>('services', serviceId).data;
    const cta = $('section[data-placement="article-end"]');
    expect(cta).toHaveLength(1);
    expect(cta.attr('data-service')).toBe(serviceId);
    expect(cta.attr('data-article')).toBe(SLUG);
    // after the body, inside the article
    expect($('article .prose').nextAll('section[data-placement="article-end"]')).toHaveLength(1);
    expect(textOf($, 'section[data-placement="article-end"] > p:first-child')).toBe(`Book ${/^[aeiou]/i.test(service.title) ? 'an' : 'a'} ${service.title.toLowerCase()}`);
    expect(cta.find(`a[href="/services/${serviceId}/"]`)).toHaveLength(1);

    const links = cta.find('a[data-minutes]');
    expect(links).toHaveLength(service.durations.length);
    service.durations.forEach((d, i) => {
      const href = new URL(links.eq(i).attr('href')!);
      expect(href.origin).toBe(new URL(clinic.booking.rootUrl).origin);
      expect(href.searchParams.get('utm_content')).toBe(SLUG);
      expect(links.eq(i).attr('data-minutes')).toBe(String(d.minutes));
      expect(links.eq(i).text().replace(/[^\d.·]/g, '')).toContain(String(d.price));
      expect(links.eq(i).attr('data-service')).toBe(serviceId);
    });
    expect(readablePhone(cta.find(`a[href="tel:${clinic.phone.e164}"]`).text())).toBe(clinic.phone.display);
  });
});
