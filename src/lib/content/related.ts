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
  const shared = (other: RelatableArticle) => {
    let score = 0;
    for (const t of other.topics) if (topics.has(t)) score++;
    for (const s of other.services) if (services.has(s)) score++;
    return score;
  };
  const before = (a: { other: T; score: number }, b: { other: T; score: number }) =>
    b.score - a.score || b.other.publishedDate.getTime() - a.other.publishedDate.getTime() || a.other.id.localeCompare(b.other.id);
  // The best few, kept in order as the list is read once: every article page asks, so a site of a thousand articles does not sort a thousand lists.
  const best: Array<{ other: T; score: number }> = [];
  for (const other of all) {
    if (other.id === article.id) continue;
    const candidate = { other, score: shared(other) };
    if (best.length === limit && before(candidate, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!) < 0) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => other);
}
