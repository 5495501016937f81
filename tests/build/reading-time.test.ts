// Reading time, as built: the byline, every article card and the structured data
// say the same minutes, counted from the article's own body (whatever the clinic writes).
import { describe, expect, it } from 'vitest';
import { formatReadingTime } from '../../src/lib/i18n/format';
import { bodyWords, readingMinutes } from '../../src/lib/content/reading-time';
import type { Language } from '../../src/lib/i18n/languages';
import { sites } from './helpers';

describe.each(sites)('reading time ($name site)', (site) => {
  const articles = site.publishedArticles();
  // The site's first language, at its root: its pages read at that language's rate.
  const language = ((site.clinic as { languages?: Language[] }).languages ?? ['en'])[0]!;
  const minutesOf = (id: string) => readingMinutes(bodyWords(site.entry('articles', id).body), language);

  it('is in each article’s byline and structured data, from the words of its body', () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const id of articles) {
      const $ = site.page(`/articles/${id}/`);
      expect($('article header [data-reading-time]').text(), id).toBe(formatReadingTime(minutesOf(id)));
      const graph = JSON.parse($('script[type="application/ld+json"]').text())['@graph'] as Array<Record<string, unknown>>;
      const posting = graph.find((node) => node['@type'] === 'BlogPosting')!;
      expect(posting['wordCount'], id).toBe(bodyWords(site.entry('articles', id).body));
      expect(posting['timeRequired'], id).toBe(`PT${minutesOf(id)}M`);
    }
  });

  it('is on every article card of the article list, for the article the card links to', () => {
    const $ = site.page('/articles/');
    const cards = $('main li').filter((_, li) => $(li).find('[data-reading-time]').length > 0);
    expect(cards.length).toBeGreaterThan(0);
    cards.each((_, li) => {
      const id = /^\/articles\/([^/]+)\/$/.exec($(li).find('a').first().attr('href') ?? '')?.[1];
      expect(id, $(li).html()!).toBeDefined();
      expect($(li).find('[data-reading-time]').text()).toBe(` · ${formatReadingTime(minutesOf(id!))}`);
    });
  });
});
