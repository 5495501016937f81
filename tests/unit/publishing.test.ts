import { describe, expect, it } from 'vitest';
import { buildMoment, publicationState, reviewsInTheFuture } from '../../src/lib/content/publishing';

const article = (publishedDate: string, draft = false) => ({ publishedDate: new Date(publishedDate), draft });

describe('publicationState', () => {
  it('publishes an article from the start of its day in the clinic’s zone, not in UTC', () => {
    // (Past dates: time-zone rules for them no longer change.) 2025-12-01 began at 08:00 UTC in Los Angeles (UTC-8)…
    expect(publicationState(article('2025-12-01'), new Date('2025-12-01T07:59:00Z'), 'America/Los_Angeles')).toBe('scheduled');
    expect(publicationState(article('2025-12-01'), new Date('2025-12-01T08:00:00Z'), 'America/Los_Angeles')).toBe('published');
    // …and before UTC east of Greenwich: at 2025-11-30T11:00Z in Auckland (UTC+13).
    expect(publicationState(article('2025-12-01'), new Date('2025-11-30T10:59:00Z'), 'Pacific/Auckland')).toBe('scheduled');
    expect(publicationState(article('2025-12-01'), new Date('2025-11-30T11:00:00Z'), 'Pacific/Auckland')).toBe('published');
  });
  it('keeps older articles published and far-future ones scheduled', () => {
    expect(publicationState(article('2020-01-01'), new Date('2026-11-27T12:00:00Z'), 'UTC')).toBe('published');
    expect(publicationState(article('2099-01-15'), new Date('2026-11-27T12:00:00Z'), 'UTC')).toBe('scheduled');
  });
  it('keeps a draft out whatever its date', () => {
    expect(publicationState(article('2020-01-01', true), new Date('2026-11-27T12:00:00Z'), 'UTC')).toBe('draft');
    expect(publicationState(article('2099-01-01', true), new Date('2026-11-27T12:00:00Z'), 'UTC')).toBe('draft');
  });
});

describe('buildMoment', () => {
  it('is now, unless SITE_NOW names another moment; a bad SITE_NOW is an error', () => {
    const now = new Date('2026-11-27T10:00:00Z');
    expect(buildMoment(undefined, now)).toBe(now);
    expect(buildMoment('2026-12-01T09:00:00-08:00', now).toISOString()).toBe('2026-12-01T17:00:00.000Z');
    expect(() => buildMoment('next tuesday', now)).toThrow('SITE_NOW="next tuesday" is not a date-time');
  });
});

describe('review dates', () => {
  const reviewed = (lastReviewed: string | undefined, draft = false) => ({ id: 'a', filePath: 'content/articles/a.mdx', data: { draft, lastReviewed: lastReviewed ? new Date(lastReviewed) : undefined } });
  const now = new Date('2026-12-05T05:00:00Z'); // 2026-12-04 still in Regina (UTC-6 all year), 2026-12-05 in UTC

  it('accepts a review on or before the day the build publishes for, however long before publication', () => {
    expect(reviewsInTheFuture([reviewed('2026-12-04'), reviewed('2020-01-01'), reviewed(undefined)], now, 'America/Regina')).toEqual([]);
  });
  it('refuses a review after that day, in the clinic\'s zone, naming the file and the field', () => {
    expect(reviewsInTheFuture([reviewed('2026-12-05')], now, 'America/Regina')).toEqual([
      { file: 'content/articles/a.mdx', field: 'lastReviewed', message: 'is 2026-12-05, after today (2026-12-04 in America/Regina): write the day the reviewer checked the article, not a day to come' },
    ]);
    expect(reviewsInTheFuture([reviewed('2026-12-05')], now, 'UTC')).toEqual([]);
  });
  it('leaves drafts alone: they are not published', () => {
    expect(reviewsInTheFuture([reviewed('2099-01-01', true)], now, 'UTC')).toEqual([]);
  });
});
