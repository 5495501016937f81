/**
 * The Open Graph images a build is going to ask for, read from the text of
 * content/'s files (as the content preflight reads them, before Astro has loaded
 * a collection), so that drawing can start while Astro is still loading and
 * bundling. A cold build of many articles spends more CPU drawing than
 * rendering; begun here, the drawing uses the core that bundling leaves idle.
 *
 * Only a head start, and only what the routes will ask for: the site's image
 * and each article without a hero, of the first language, that is published at the moment the
 * build publishes for (drafts and scheduled articles too in a preview build).
 * Anything not well-formed is left out (the schema reports it), and the image
 * route still asks for exactly the images it needs: a guess that turns out
 * different costs one image drawn for nothing, never a wrong image.
 */
import { clinicSettings, textAt, yamlFields } from '../clinic/settings.ts';
import { calendarDateAt } from '../time/dates.ts';
import { articleOgInput, siteOgInput, type CardLogo, type OgImageInput } from './og-image.ts';

export interface ContentSources {
  /** content/clinic.yaml's text. */
  clinic: string;
  /** Each therapist's frontmatter (YAML), by id (its file name without the extension). */
  therapists: ReadonlyMap<string, string>;
  /** The frontmatter (YAML) of each article of the site's first language (content/articles/*, not its language folders). */
  articles: readonly string[];
  /** The logo clinic.yaml names, read (cardLogo), where it names one that is there. */
  logo?: CardLogo | undefined;
}

export interface BuildMoment {
  /** The moment the build publishes for (SITE_NOW, or now). */
  now: Date;
  /** A preview build (SITE_PREVIEW=1), which shows drafts and scheduled articles too. */
  preview: boolean;
}

export function ogInputsFromSources(sources: ContentSources, { now, preview }: BuildMoment = { now: new Date(), preview: false }): OgImageInput[] {
  const clinic = clinicSettings(sources.clinic);
  const { name, siteImage, timeZone } = clinic;
  if (!name) return [];
  const inputs: OgImageInput[] = [];
  if (siteImage) inputs.push(siteOgInput({ name, tagline: siteImage.tagline, address: { locality: siteImage.locality, region: siteImage.region }, phone: { display: siteImage.phone } }, undefined, sources.logo));
  const authors = new Map<string, { name: string; credentials: string }>();
  for (const [id, yaml] of sources.therapists) {
    const fields = yamlFields(yaml);
    const authorName = textAt(fields, 'name');
    const credentials = textAt(fields, 'credentials');
    if (authorName && credentials) authors.set(id, { name: authorName, credentials });
  }
  const today = timeZone ? calendarDateAt(now, timeZone) : undefined;
  for (const yaml of sources.articles) {
    const fields = yamlFields(yaml);
    if (!fields) continue;
    const published = textAt(fields, 'publishedDate');
    // A draft, or a day still to come in the clinic's zone (an unreadable zone or date: the schema says so).
    if (!preview && (fields['draft'] === true || !today || !published || published > today)) continue;
    // An article with a hero is shared with it: no card is drawn.
    if (fields['hero'] !== undefined) continue;
    const title = textAt(fields, 'title');
    const author = authors.get(textAt(fields, 'author') ?? '');
    if (title && author) inputs.push(articleOgInput(title, author, name, undefined, sources.logo));
  }
  return inputs;
}
