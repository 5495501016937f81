import { describe, expect, it } from 'vitest';
import { absoluteUrl, articleIdFromPath, isInternalHref, paths } from '../../src/lib/urls';
import { isCurrent } from '../../src/lib/navigation';

describe('urls', () => {
  it('builds every page path with a trailing slash', () => {
    expect(paths.article('hip-balance')).toBe('/articles/hip-balance/');
    expect(paths.service('prenatal-massage')).toBe('/services/prenatal-massage/');
    expect(Object.entries(paths).filter(([name]) => !['editorialPolicy', 'ogImage', 'rss'].includes(name)).every(([, p]) => p('x').endsWith('/'))).toBe(true);
  });
  it('makes absolute URLs on the site', () => {
    expect(absoluteUrl('/services/', 'https://massagerx.example')).toBe('https://massagerx.example/services/');
  });
  it('tells internal links from others', () => {
    expect(isInternalHref('/services/')).toBe(true);
    expect(isInternalHref('//cdn.example/x.js')).toBe(false);
    expect(isInternalHref('https://massagerx.janeapp.com/')).toBe(false);
    expect(isInternalHref('tel:+16045550142')).toBe(false);
  });
  it('knows which article a path is, and that list pages are none', () => {
    expect(articleIdFromPath('/articles/hip-balance/')).toBe('hip-balance');
    expect(articleIdFromPath('/articles/')).toBeUndefined();
    expect(articleIdFromPath('/articles/2/')).toBeUndefined();
    expect(articleIdFromPath('/services/x/')).toBeUndefined();
  });
  it('marks the current page and section for aria-current', () => {
    expect(isCurrent('/services/', '/services/')).toBe('page');
    expect(isCurrent('/services/', '/services/prenatal-massage/')).toBe('true');
    expect(isCurrent('/articles/', '/services/')).toBeUndefined();
  });
});
