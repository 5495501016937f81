import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../scripts/lib/generate-articles';

describe('generateArticles (benchmark content)', () => {
  const ids = { services: ['sports-massage', 'hot-stone-massage'], topics: ['recovery'], therapists: ['ada-brennan', 'luc-tremblay'] };
  const articles = generateArticles(200, ids);

  it('is deterministic and names files uniquely', () => {
    expect(generateArticles(5, ids).map((a) => a.text)).toEqual(articles.slice(0, 5).map((a) => a.text));
    expect(new Set(articles.map((a) => a.file)).size).toBe(200);
  });

  it('writes frontmatter within the article schema’s limits, with a BookingCTA in every body', () => {
    for (const a of articles) {
      const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(a.text)!;
      const data = parse(frontmatter!) as Record<string, unknown>;
      expect(String(data['title']).length).toBeLessThanOrEqual(55);
      expect(String(data['description']).length).toBeGreaterThanOrEqual(50);
      expect(String(data['description']).length).toBeLessThanOrEqual(160);
      expect(data['lastReviewed']).toBeDefined();
      expect(ids.services).toContain(/<BookingCTA service="([a-z-]+)" \/>/.exec(body!)?.[1]);
      expect(ids.therapists).toContain(data['author']);
    }
  });

  it('varies in length', () => {
    const lengths = articles.map((a) => a.text.split(/\s+/).length);
    expect(Math.max(...lengths)).toBeGreaterThan(Math.min(...lengths) * 3);
  });
});
