import { describe, expect, it } from 'vitest';
import { builtFileForPath, sitemapFactsFromHtml } from '../../src/lib/sitemap';

describe('sitemapFactsFromHtml', () => {
  it('reads the last content change and indexability from the page head', () => {
    const html = '<head><meta property="og:updated_time" content="2026-11-20T00:00:00-07:00"><meta name="description" content="x"></head>';
    expect(sitemapFactsFromHtml(html)).toEqual({ indexable: true, lastmod: '2026-11-20T00:00:00-07:00' });
  });
  it('leaves noindex pages out and never invents a date', () => {
    expect(sitemapFactsFromHtml('<meta name="robots" content="noindex, follow">')).toEqual({ indexable: false, lastmod: undefined });
    expect(sitemapFactsFromHtml('<meta name="robots" content="index, follow">').indexable).toBe(true);
  });
  it('maps directory URLs to their index.html', () => {
    expect(builtFileForPath('/articles/hip/')).toBe('/articles/hip/index.html');
    expect(builtFileForPath('/404.html')).toBe('/404.html');
  });
});
