// Section links and the table of contents, as built, on any clinic's articles:
// what they list is derived from each page's own headings.
import { describe, expect, it } from 'vitest';
import { TOC_MIN_SECTIONS } from '../../src/lib/content/toc';
import { sites } from './helpers';

describe.each(sites)('sections of articles ($name site)', (site) => {
  const articles = site.publishedArticles();

  it('each section heading has an id and is a link to itself', () => {
    for (const id of articles) {
      const $ = site.page(`/articles/${id}/`);
      $('article .prose').find('h2, h3').each((_, heading) => {
        const anchor = $(heading).attr('id');
        expect(anchor, `${id}: ${$(heading).text()}`).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        if ($(heading).find('a:not(.heading-anchor)').length > 0) return;
        expect($(heading).children('a.heading-anchor').attr('href')).toBe(`#${anchor}`);
        expect($(heading).children('a.heading-anchor').text()).toBe($(heading).text());
      });
    }
  });

  it(`lists the sections and subsections in order when there are ${TOC_MIN_SECTIONS} or more, and has no table otherwise`, () => {
    let withToc = 0;
    for (const id of articles) {
      const $ = site.page(`/articles/${id}/`);
      const sections = $('article .prose h2');
      const toc = $('nav[data-toc]');
      if (sections.length < TOC_MIN_SECTIONS) {
        expect(toc, id).toHaveLength(0);
        continue;
      }
      withToc++;
      expect(toc, id).toHaveLength(1);
      expect($(`#${toc.attr('aria-labelledby')}`).text()).toBe('On this page');
      const listed = toc.find('a').map((_, a) => [[$(a).attr('href'), $(a).text().trim()]]).get();
      const headings = $('article .prose').find('h2, h3').map((_, h) => [[`#${$(h).attr('id')}`, $(h).text().trim()]]).get();
      expect(listed, id).toEqual(headings);
      // Subsections are nested under their section.
      expect(toc.find('ol ol a').length, id).toBe($('article .prose h3').length);
    }
    if (site.name === 'fixture') expect(withToc, 'the fixture has an article long enough for a table of contents').toBeGreaterThan(0);
  });
});
