import { load } from 'cheerio';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingAnchorsPlugin } from '../../src/lib/content/heading-anchors';

const render = async (source: string) => load((await markdownToHtml(source, { hastPlugins: [headingAnchorsPlugin()] })).html);

describe('heading anchors', () => {
  it('give each section a stable id from its words, and make its words a link to it', async () => {
    const $ = await render('## Why hips *matter*\n\nText.\n\n### Sitting all day\n\nMore.');
    expect($('h2').attr('id')).toBe('why-hips-matter');
    expect($('h2 > a.heading-anchor').attr('href')).toBe('#why-hips-matter');
    // The heading's name is its own words: nothing is added to its text.
    expect($('h2').text()).toBe('Why hips matter');
    expect($('h2 a em').text()).toBe('matter');
    expect($('h3').attr('id')).toBe('sitting-all-day');
    expect($('h3 > a').attr('href')).toBe('#sitting-all-day');
    // The same words give the same id on every build.
    expect((await render('## Why hips *matter*'))('h2').attr('id')).toBe('why-hips-matter');
  });

  it('keeps ids unique in a document, leaves a heading written as HTML as written, and starts counting again for each document', async () => {
    const $ = await render('## Stretch\n\n## Stretch\n\n<h2 id="own">Own id</h2>');
    expect($('h2').map((_, h) => $(h).attr('id')).get()).toEqual(['stretch', 'stretch-1', 'own']);
    expect((await render('## Stretch'))('h2').attr('id')).toBe('stretch');
  });

  it('gives the title and deeper levels an id but no link, and never puts a link inside a link', async () => {
    const $ = await render('# Title\n\n#### Detail\n\n## See [the guideline](https://example.org/)');
    expect($('h1').attr('id')).toBe('title');
    expect($('h4').attr('id')).toBe('detail');
    expect($('h1 a, h4 a')).toHaveLength(0);
    expect($('h2').attr('id')).toBe('see-the-guideline');
    expect($('a a')).toHaveLength(0);
    expect($('h2 a')).toHaveLength(1);
    // No words, no id: an empty id is not valid HTML.
    expect((await render('## ![](./mark.png)'))('h2').attr('id')).toBeUndefined();
  });

  it('works in MDX too', async () => {
    const { code } = await mdxToJs('## In MDX\n\nText.', { hastPlugins: [headingAnchorsPlugin()] });
    expect(code).toMatch(/id: "in-mdx"/);
    expect(code).toMatch(/href: "#in-mdx"/);
  });
});
