/**
 * Links to other sites carry rel="noopener", in the components and in content.
 * For content (Markdown and MDX, links written as [text](https://…) or as
 * <a href="…">), a plugin of Astro's Markdown processor adds it while the page
 * renders, so nothing rewrites the built page afterwards. Absolute links to the
 * site's own address are not links out.
 */
import type { HastPluginDefinition } from 'satteri';

/** Is this href a link to another site (not to `siteOrigin`)? */
export function isLinkOut(href: string, siteOrigin: string): boolean {
  return /^https?:\/\//i.test(href) && !(href === siteOrigin || href.startsWith(`${siteOrigin}/`));
}

/** The Markdown processor's plugin. `site` is the site's address; without one (an unreadable clinic.yaml, reported by the content check) every absolute link counts as out. */
export function linksOutPlugin(site: string | undefined): HastPluginDefinition {
  const siteOrigin = site ? new URL(site).origin : '';
  return {
    name: 'massagerx:links-out',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string' && isLinkOut(href, siteOrigin) && node.properties?.['rel'] === undefined) ctx.setProperty(node, 'rel', ['noopener']);
      },
    },
    mdxJsxTextElement: {
      filter: ['a'],
      visit(node, ctx) {
        const attribute = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
        const href = attribute('href')?.value;
        if (typeof href === 'string' && isLinkOut(href, siteOrigin) && !attribute('rel')) ctx.setProperty(node, 'rel', 'noopener');
      },
    },
  };
}
