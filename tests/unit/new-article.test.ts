import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { articleFileFor, newArticleText } from '../../scripts/lib/new-article';

describe('new:article', () => {
  it('makes a file name from the title', () => {
    expect(articleFileFor('Knee Pain After Running: What Helps')).toBe('knee-pain-after-running-what-helps.mdx');
    expect(articleFileFor('  Sciatica & Massage — Myths vs. Facts ')).toBe('sciatica-massage-myths-vs-facts.mdx');
    expect(articleFileFor('Épaule gelée : ce qui aide')).toBe('epaule-gelee-ce-qui-aide.mdx');
    expect(articleFileFor("What's a trigger point?")).toBe('whats-a-trigger-point.mdx');
    expect(() => articleFileFor('!!!')).toThrow(/no letters or digits/);
  });

  it('writes a draft with every required field filled in or marked', () => {
    const text = newArticleText({ title: 'Knee Pain After Running', today: '2026-12-01', therapists: ['maya-chen', 'daniel-okafor'], services: ['therapeutic-massage'], topics: ['back-pain'] });
    const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
    const data = parse(frontmatter!) as Record<string, unknown>;
    expect(data).toMatchObject({ title: 'Knee Pain After Running', author: 'maya-chen', services: ['therapeutic-massage'], topics: ['back-pain'], draft: true });
    expect(String(data['description']).length).toBeGreaterThanOrEqual(50);
    expect(String(data['description'])).toContain('TODO');
    expect(data['publishedDate']).toBe('2026-12-01');
    expect(body).toContain('<BookingCTA service="therapeutic-massage" />');
    // In the editor's style: a later edit in the editor changes only what changed.
    expect(frontmatter).toContain('topics:\n  - back-pain\n');
  });

  it('keeps a long title within the schema’s 55 characters', () => {
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(newArticleText({ title: 'x'.repeat(80), today: '2026-12-01', therapists: ['a'], services: ['b'], topics: [] }))![1]!) as { title: string };
    expect(data.title.length).toBe(55);
  });
});
