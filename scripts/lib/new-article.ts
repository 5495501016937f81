/** The text of a new draft article, and the file name its title gives it. */

/** "Knee Pain After Running: What Helps" → "knee-pain-after-running-what-helps.mdx" */
export function articleFileFor(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  if (!slug) throw new Error(`"${title}" has no letters or digits to make an address from; choose a title with words in it.`);
  return `${slug}.mdx`;
}

const yamlString = (s: string) => JSON.stringify(s);

export function newArticleText(input: { title: string; today: string; therapists: string[]; services: string[]; topics: string[] }): string {
  const { title, today, therapists, services, topics } = input;
  return `---
# A new article, started as a draft: it shows in \`npm run dev\` but is not published
# until you set draft: false. Every field is explained in docs/AUTHORING.md.

# The headline: at most 55 characters.
title: ${yamlString(title.slice(0, 55))}
# TODO: one or two sentences for search results and article lists (50 to 160 characters).
description: "TODO: say in one or two sentences what the reader will learn from this article."
publishedDate: ${today}
updatedDate: ${today}
# Who wrote it; one of: ${therapists.join(', ')}
author: ${therapists[0] ?? 'TODO-author'}
# Who reviewed it for accuracy (then lastReviewed is the date they did), or delete both lines.
# reviewer: ${therapists[1] ?? therapists[0] ?? 'TODO-reviewer'}
# lastReviewed: ${today}
# Topics it belongs to; any of: ${topics.join(', ')}
topics: [${topics[0] ?? ''}]
# Related services; the first one is the booking button after the article. Any of: ${services.join(', ')}
services: [${services[0] ?? 'TODO-service'}]
# Sources for claims the article makes, each with title, publisher, year and url (see docs/AUTHORING.md).
citations: []
draft: true
---

TODO: an opening paragraph that says what this article is about and who it helps.

## TODO: a first section heading

TODO: write the section. Short paragraphs read best on phones.

<BookingCTA service="${services[0] ?? 'TODO-service'}" />

## TODO: a second section heading

- **TODO:** a point
- **TODO:** another point
`;
}
