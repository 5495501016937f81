/**
 * "Related articles": the articles that share the most topics and services with
 * this one come first; ties, and articles that share nothing, go newest first.
 */

export interface RelatableArticle {
  id: string;
  publishedDate: Date;
  topics: string[];
  services: string[];
}

export function relatedArticles<T extends RelatableArticle>(article: RelatableArticle, all: T[], limit = 3): T[] {
  const topics = new Set(article.topics);
  const services = new Set(article.services);
  const shared = (other: RelatableArticle) =>
    other.topics.filter((t) => topics.has(t)).length + other.services.filter((s) => services.has(s)).length;
  return all
    .filter((other) => other.id !== article.id)
    .map((other) => ({ other, score: shared(other) }))
    .sort((a, b) => b.score - a.score || b.other.publishedDate.getTime() - a.other.publishedDate.getTime() || a.other.id.localeCompare(b.other.id))
    .slice(0, limit)
    .map(({ other }) => other);
}
