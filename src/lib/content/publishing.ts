/**
 * Which articles are public. An article with a future publishedDate is
 * scheduled: it appears on that day in the clinic's time zone (the site is
 * rebuilt daily) and nothing public shows it before. draft: true keeps it out
 * whatever its date. (AstroPaper's postFilter does the same for its posts.)
 */
import type { ContentProblem } from './integrity.ts';
import { calendarDateAt } from '../time/dates.ts';

export type PublicationState = 'published' | 'scheduled' | 'draft';

export interface Publishable {
  draft: boolean;
  /** Midnight UTC of the calendar day it is published. */
  publishedDate: Date;
}

export function publicationState(article: Publishable, now: Date, timeZone: string): PublicationState {
  if (article.draft) return 'draft';
  const today = calendarDateAt(now, timeZone);
  return article.publishedDate.toISOString().slice(0, 10) <= today ? 'published' : 'scheduled';
}

/**
 * The moment the build publishes for: now, or SITE_NOW (an ISO date-time) to
 * preview the site as it will be on a later day. A bad SITE_NOW is an error,
 * not a silent "now".
 */
export function buildMoment(siteNow: string | undefined, now: Date = new Date()): Date {
  if (!siteNow) return now;
  const moment = new Date(siteNow);
  if (Number.isNaN(moment.getTime())) throw new Error(`SITE_NOW="${siteNow}" is not a date-time; write it like 2026-12-01T09:00:00-08:00`);
  return moment;
}

/**
 * Whether this build is a preview (SITE_PREVIEW=1, set by the pull-request
 * workflow): drafts and scheduled articles are built too, every page says
 * "Preview: not published" and asks search engines not to index it, and the
 * sitemap, feeds and search index keep to what is published. Anything but
 * unset, 0 or 1 is an error, not a guess.
 */
export function isPreviewBuild(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === '0') return false;
  if (value === '1') return true;
  throw new Error(`SITE_PREVIEW="${value}": write SITE_PREVIEW=1 for a preview build, or leave it unset`);
}

/**
 * A review date is the day a clinician checked the article: it may come before the
 * article is published (a scheduled article is often reviewed months ahead), but
 * never after the day the build publishes for. Drafts are not published, and not asked.
 */
export function reviewsInTheFuture(
  articles: ReadonlyArray<{ id: string; filePath?: string | undefined; data: { draft: boolean; lastReviewed?: Date | undefined } }>,
  now: Date,
  timeZone: string,
): ContentProblem[] {
  const today = calendarDateAt(now, timeZone);
  return articles.flatMap((a) => {
    const reviewed = a.data.lastReviewed?.toISOString().slice(0, 10);
    if (a.data.draft || !reviewed || reviewed <= today) return [];
    return [{ file: a.filePath ?? `content/articles/${a.id}.mdx`, field: 'lastReviewed', message: `is ${reviewed}, after today (${today} in ${timeZone}): write the day the reviewer checked the article, not a day to come` }];
  });
}

