/** The text of a new draft article, and the file name its title gives it. */
import { serializeEntry, shapeOf } from '../../src/lib/content/format.ts';
import { editorCollections } from './content-style.ts';

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

/**
 * A new draft in the style the editor saves in (src/lib/content/format.ts), so
 * that it needs no reformatting and a later edit in the editor changes only what
 * changed. What each field is for is in the editor's hints and docs/AUTHORING.md;
 * the command prints the choices for author, topics and services.
 */
export function newArticleText(input: { title: string; today: string; therapists: string[]; services: string[]; topics: string[] }): string {
  const { title, today, therapists, services, topics } = input;
  const articles = editorCollections().find((c) => c.name === 'articles')!;
  const body = `
TODO: an opening paragraph that says what this article is about and who it helps.

## TODO: a first section heading

TODO: write the section. Short paragraphs read best on phones.

<BookingCTA service="${services[0] ?? 'TODO-service'}" />

## TODO: a second section heading

- **TODO:** a point
- **TODO:** another point
`;
  return serializeEntry(
    {
      title: title.slice(0, 55),
      description: 'TODO: say in one or two sentences what the reader will learn from this article.',
      publishedDate: today,
      updatedDate: today,
      author: therapists[0] ?? 'TODO-author',
      topics: topics.slice(0, 1),
      services: [services[0] ?? 'TODO-service'],
      draft: true,
      body,
    },
    shapeOf(articles.fields!),
  );
}
