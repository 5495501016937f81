/**
 * Astro's collections: where each one's files are read from (content/), and its
 * schema from src/content-schema.ts, where every field says what it is for.
 * Schemas with pictures are called with Astro's image() helper rather than passed,
 * so that TypeScript carries the picture's type (ImageMetadata) through.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { schemas } from './content-schema';
import { entryIdFromPath } from './lib/content/integrity';
import { folderPattern, type ContentFolder } from './lib/content/preflight';
import { clinicFile } from './loaders/clinic-file';
import { locationFiles } from './loaders/location-files';
import { withTranslatedPictures } from './loaders/translated-pictures';

/** A folder of content/ as a collection: ids from file names (one function, shared with the duplicate check), parked files skipped, translations' pictures found where their first language's are. */
const folder = (name: ContentFolder) => withTranslatedPictures(glob({ pattern: folderPattern(name), base: `./content/${name}`, generateId: ({ entry }) => entryIdFromPath(entry) }));

export const collections = {
  clinic: defineCollection({ loader: clinicFile('content/clinic.yaml'), schema: ({ image }) => schemas.clinic({ image }) }),
  locations: defineCollection({ loader: locationFiles(), schema: ({ image }) => schemas.locations({ image }) }),
  services: defineCollection({ loader: folder('services'), schema: ({ image }) => schemas.services({ image }) }),
  therapists: defineCollection({ loader: folder('therapists'), schema: ({ image }) => schemas.therapists({ image }) }),
  articles: defineCollection({ loader: folder('articles'), schema: ({ image }) => schemas.articles({ image }) }),
  topics: defineCollection({ loader: folder('topics'), schema: schemas.topics }),
  pages: defineCollection({ loader: folder('pages'), schema: ({ image }) => schemas.pages({ image }) }),
  testimonials: defineCollection({ loader: folder('testimonials'), schema: schemas.testimonials }),
};
