import { describe, expect, it } from 'vitest';
import { builtFileForPath } from '../../src/lib/seo/sitemap';
import { writtenPath } from '../../src/integrations/rendered-pages';

describe('built files', () => {
  it('maps directory URLs to their index.html', () => {
    expect(builtFileForPath('/articles/hip/')).toBe('/articles/hip/index.html');
    expect(builtFileForPath('/404.html')).toBe('/404.html');
  });
  it('knows that Astro writes /404 and /500 as files, every other page as a folder', () => {
    expect(writtenPath('/404/')).toBe('/404.html');
    expect(writtenPath('/500')).toBe('/500.html');
    expect(writtenPath('/articles/404/')).toBe('/articles/404/');
    expect(writtenPath('/')).toBe('/');
  });
});
