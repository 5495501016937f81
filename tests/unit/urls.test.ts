import { describe, expect, it } from 'vitest';
import { absoluteUrl, isInternalHref, paths } from '../../src/lib/routes/urls';
import { isCurrent } from '../../src/lib/routes/navigation';

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
    expect(isInternalHref('tel:+12505550100')).toBe(false);
  });
  it('marks the current page and section for aria-current', () => {
    expect(isCurrent('/services/', { path: '/services/', section: '/' })).toBe('page');
    expect(isCurrent('/services/', { path: '/services/prenatal-massage/', section: '/services/' })).toBe('true');
    expect(isCurrent('/articles/', { path: '/services/', section: '/' })).toBeUndefined();
    expect(isCurrent('/', { path: '/about/', section: '/' })).toBeUndefined();
  });
});
