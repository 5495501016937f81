/**
 * Section headings in content get a stable id and a visible link to themselves,
 * so a reader can share "this part" of an article and the table of contents
 * has somewhere to go. A plugin of Astro's Markdown processor, applied as the
 * page renders.
 *
 * The id is the slug of the heading's text (as GitHub makes them: "Why hips
 * matter" → "why-hips-matter", a repeat gets "-1"), so it stays the same from
 * build to build while the words do. Every heading is given its id here, in
 * order, because Astro's own id plugin runs after the site's plugins and keeps
 * an id it finds. (A heading written as HTML in the content keeps the id written there.)
 *
 * The heading's words become the link (as MDN's headings are): its name, read
 * out by screen readers, listed in the table of contents and indexed for search,
 * stays its own words, and there is nothing to wrap or lay out beside it. The
 * "#" after it is drawn by CSS (global.css, .heading-anchor), so it is not text
 * of the article either. A heading that holds a link of its own keeps only its
 * id (a link inside a link is not allowed).
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';

/** Section levels whose heading links to itself: the ones the table of contents lists. */
export const ANCHORED_LEVELS = ['h2', 'h3'] as const;

export function headingAnchorsPlugin(): (context: PluginFactoryContext) => HastPluginDefinition {
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: 'massagerx:heading-anchors',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const id = slugger.slug(ctx.textContent(node).trim());
          // A heading without words (an image alone, say) has nothing to be called by.
          if (id === '') return;
          if (!(ANCHORED_LEVELS as readonly string[]).includes(node.tagName) || containsLink(node)) {
            ctx.setProperty(node, 'id', id);
            return;
          }
          const link: Element = { type: 'element', tagName: 'a', properties: { className: ['heading-anchor'], href: `#${id}` }, children: node.children };
          return { ...node, properties: { ...node.properties, id }, children: [link as ElementContent] };
        },
      },
    };
  };
}

function containsLink(node: Element | ElementContent): boolean {
  return 'children' in node && node.children.some((child) => (child.type === 'element' && child.tagName === 'a') || containsLink(child));
}
