import { describe, expect, it } from 'vitest';
import { relatedArticles, type RelatableArticle } from '../../src/lib/content/related';

const a = (id: string, date: string, topics: string[] = [], services: string[] = []): RelatableArticle => ({ id, publishedDate: new Date(date), topics, services });

describe('relatedArticles', () => {
  const current = a('hips', '2026-10-01', ['back-pain', 'hip-health'], ['therapeutic']);
  const all = [
    current,
    a('newest-unrelated', '2026-11-20'),
    a('one-topic', '2026-01-01', ['back-pain']),
    a('topic-and-service', '2025-06-01', ['hip-health'], ['therapeutic']),
    a('older-unrelated', '2024-01-01'),
  ];

  it('puts shared topics and services first, then the newest, and never the article itself', () => {
    expect(relatedArticles(current, all).map((r) => r.id)).toEqual(['topic-and-service', 'one-topic', 'newest-unrelated']);
  });
  it('returns at most the limit and copes with having nothing else', () => {
    expect(relatedArticles(current, all, 1)).toHaveLength(1);
    expect(relatedArticles(current, [current])).toEqual([]);
  });
});

describe('relatedArticles on many articles', () => {
  it('picks the same few, in the same order, as sorting the whole list would', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = (from: string[]) => from.filter(() => random() < 0.3);
    const all = Array.from({ length: 300 }, (_, i) => ({
      id: `a${i}`,
      publishedDate: new Date(Date.UTC(2026, 0, 1 + Math.floor(random() * 40))),
      topics: pick(['hips', 'back', 'sleep', 'sport']),
      services: pick(['deep', 'relax', 'prenatal']),
    }));
    for (const article of all.slice(0, 40)) {
      const score = (o: (typeof all)[number]) => o.topics.filter((t) => article.topics.includes(t)).length + o.services.filter((s) => article.services.includes(s)).length;
      const sorted = all
        .filter((o) => o.id !== article.id)
        .sort((a, b) => score(b) - score(a) || b.publishedDate.getTime() - a.publishedDate.getTime() || a.id.localeCompare(b.id));
      for (const limit of [1, 3, 5]) expect(relatedArticles(article, all, limit).map((a) => a.id)).toEqual(sorted.slice(0, limit).map((a) => a.id));
    }
  });
});
