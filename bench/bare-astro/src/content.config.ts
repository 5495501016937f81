import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The same frontmatter as the site's articles, checked only as loosely as a bare blog would.
const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/articles' }),
  schema: z.looseObject({ title: z.string(), description: z.string(), publishedDate: z.coerce.date() }),
});

export const collections = { articles };
