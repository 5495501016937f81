/**
 * The SEO head of a page, built as data: a pure function from a page's facts to
 * the tags it needs, so that every page gets the same tags and tests can check
 * them without rendering anything. (Starlight builds its head the same way.)
 */

export interface HeadTag {
  tag: 'title' | 'meta' | 'link';
  attrs: Record<string, string>;
  /** Text content (for <title>). */
  content?: string;
}

export interface PageHeadInput {
  /** The page's own title, without the clinic name; omit on the home page. */
  title?: string | undefined;
  siteName: string;
  description: string;
  /** Absolute, self-referencing canonical URL. */
  canonical: string;
  /** og:type: "article" for articles, "website" elsewhere. */
  type?: 'website' | 'article';
  /** Keep this page out of search results (404, drafts, search): no canonical, robots noindex. */
  noindex?: boolean | undefined;
  locale?: string;
  /** The sharing image: absolute URL, 1200×630, with its alt text. */
  image: { url: string; alt: string; width: number; height: number };
  /** For articles: ISO date-times with offset. */
  publishedTime?: string | undefined;
  modifiedTime?: string | undefined;
  /** When the page's content last changed (ISO date-time); read by the sitemap for lastmod. */
  updatedTime?: string | undefined;
  /** RSS feed to advertise (autodiscovery), absolute URL and title. */
  feed?: { url: string; title: string } | undefined;
  /** The page in each language it is in, itself included, and x-default: empty for a page in one language. */
  alternates?: Array<{ hreflang: string; href: string }> | undefined;
}

/** The longest title search results show whole (html-validate's long-title rule holds pages to it too). */
export const TITLE_MAX_LENGTH = 70;

/**
 * "Page | Massage Rx", or the clinic name alone on the home page. A page's title (at most 55 characters,
 * content-schema.ts) goes without the clinic's name when the two would not fit: a longer name, such
 * as "Harbourlight Massage Therapy", must not cut every long title short in search results.
 */
export function pageTitle(title: string | undefined, siteName: string): string {
  if (!title || title === siteName) return siteName;
  const full = `${title} | ${siteName}`;
  return full.length <= TITLE_MAX_LENGTH ? full : title;
}

/** The identity of a tag: two tags with the same key are the same tag, and the later one wins. */
function tagKey(tag: HeadTag): string {
  if (tag.tag === 'title') return 'title';
  if (tag.tag === 'meta') return `meta:${tag.attrs['name'] ?? tag.attrs['property'] ?? tag.attrs['charset'] ?? JSON.stringify(tag.attrs)}`;
  return `link:${tag.attrs['rel']}:${tag.attrs['type'] ?? ''}:${tag.attrs['hreflang'] ?? ''}`;
}

/** Removes repeated tags, keeping the last of each (so a page can override a default) in first-seen order. */
export function dedupeHead(tags: HeadTag[]): HeadTag[] {
  const byKey = new Map<string, HeadTag>();
  for (const tag of tags) {
    const key = tagKey(tag);
    byKey.delete(key);
    byKey.set(key, tag);
  }
  return [...byKey.values()];
}

export function buildHead(input: PageHeadInput): HeadTag[] {
  const title = pageTitle(input.title, input.siteName);
  const shareTitle = input.title ?? input.siteName;
  const tags: HeadTag[] = [
    { tag: 'title', attrs: {}, content: title },
    { tag: 'meta', attrs: { name: 'description', content: input.description } },
    ...(input.noindex ? [] : [{ tag: 'link' as const, attrs: { rel: 'canonical', href: input.canonical } }]),
    { tag: 'meta', attrs: { property: 'og:type', content: input.type ?? 'website' } },
    { tag: 'meta', attrs: { property: 'og:site_name', content: input.siteName } },
    { tag: 'meta', attrs: { property: 'og:title', content: shareTitle } },
    { tag: 'meta', attrs: { property: 'og:description', content: input.description } },
    { tag: 'meta', attrs: { property: 'og:url', content: input.canonical } },
    { tag: 'meta', attrs: { property: 'og:locale', content: (input.locale ?? 'en-CA').replace('-', '_') } },
    { tag: 'meta', attrs: { property: 'og:image', content: input.image.url } },
    { tag: 'meta', attrs: { property: 'og:image:type', content: 'image/png' } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: String(input.image.width) } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: String(input.image.height) } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: input.image.alt } },
    { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
    { tag: 'meta', attrs: { name: 'twitter:title', content: shareTitle } },
    { tag: 'meta', attrs: { name: 'twitter:description', content: input.description } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: input.image.url } },
    { tag: 'meta', attrs: { name: 'twitter:image:alt', content: input.image.alt } },
  ];
  if (input.publishedTime) tags.push({ tag: 'meta', attrs: { property: 'article:published_time', content: input.publishedTime } });
  if (input.modifiedTime) tags.push({ tag: 'meta', attrs: { property: 'article:modified_time', content: input.modifiedTime } });
  if (input.updatedTime) tags.push({ tag: 'meta', attrs: { property: 'og:updated_time', content: input.updatedTime } });
  if (input.feed) tags.push({ tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: input.feed.title, href: input.feed.url } });
  for (const alternate of input.alternates ?? []) tags.push({ tag: 'link', attrs: { rel: 'alternate', hreflang: alternate.hreflang, href: alternate.href } });
  if (input.noindex) tags.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex, follow' } });
  return dedupeHead(tags);
}
