/**
 * Generated articles for the benchmark: varied lengths, headings and lists, a
 * <BookingCTA> in each, and frontmatter that passes the site's schema. The same
 * seed gives the same articles, so runs are comparable.
 */

const WORDS =
  'massage therapy muscle tension posture hips lower back shoulders neck stretch circulation recovery sleep stress movement strength balance alignment breathing comfort pressure tissue fascia assessment treatment plan habit desk running pregnancy relief mobility'.split(' ');

/** The entries generated articles may name: the ids the content being built has (at least one service and one therapist). */
export interface ContentIds {
  services: string[];
  topics: string[];
  therapists: string[];
}

/** A small deterministic random number generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  id: string;
  file: string;
  text: string;
}

export function generateArticles(count: number, ids: ContentIds, seed = 1): GeneratedArticle[] {
  const { services: SERVICES, topics: TOPICS, therapists: AUTHORS } = ids;
  if (SERVICES.length === 0 || AUTHORS.length === 0) throw new Error('Generated articles need at least one service and one therapist to name.');
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = (min: number, max: number) => {
    const n = min + Math.floor(rand() * (max - min));
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words[0]!.charAt(0).toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(' ')}.`;
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 5) }, () => sentence(8, 20)).join(' ');

  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(5, '0');
    const id = `generated-${n}`;
    const day = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000 * 0.5);
    const published = day.toISOString().slice(0, 10);
    const author = AUTHORS[i % AUTHORS.length]!;
    const reviewer = AUTHORS[(i + 1) % AUTHORS.length]!;
    const service = pick(SERVICES);
    const sections = 1 + Math.floor(rand() * 6); // varied lengths: about 150 to 1,500 words
    const body: string[] = [paragraph()];
    for (let s = 0; s < sections; s++) {
      body.push(`## ${sentence(3, 7).slice(0, -1)}`, paragraph());
      if (rand() < 0.5) body.push(Array.from({ length: 3 + Math.floor(rand() * 3) }, () => `- **${pick(WORDS)}:** ${sentence(6, 14)}`).join('\n'));
      if (s === 0) body.push(`<BookingCTA service="${service}" />`);
      body.push(paragraph());
    }
    const text = [
      '---',
      `title: "Generated article ${n}: ${pick(WORDS)} and ${pick(WORDS)}"`,
      `description: A generated article about ${pick(WORDS)}, ${pick(WORDS)} and ${pick(WORDS)}, used to measure how long the site takes to build.`,
      `publishedDate: ${published}`,
      `updatedDate: ${published}`,
      `author: ${author}`,
      `reviewer: ${reviewer}`,
      `lastReviewed: ${published}`,
      `topics: [${TOPICS.length > 0 ? pick(TOPICS) : ''}]`,
      `services: [${service}]`,
      '---',
      '',
      body.join('\n\n'),
      '',
    ].join('\n');
    return { id, file: `${id}.mdx`, text };
  });
}
