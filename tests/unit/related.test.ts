import { describe, expect, it } from 'vitest';
import { relatedArticles, type RelatableArticle } from '../../src/lib/related';

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
