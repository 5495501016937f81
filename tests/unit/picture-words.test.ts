/**
 * Every picture has its words, or is marked decorative on purpose (src/content-schema.ts):
 * checked on a therapist of the fixture clinic, through the schema as Astro runs it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIXTURE_CONTENT } from '../../scripts/lib/project-copy.ts';
import { schemas } from '../../src/content-schema';
import { imageStandIn } from '../../src/lib/editor/config';

const therapist = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(FIXTURE_CONTENT, 'therapists/ada-brennan.md'), 'utf8'))![1]!) as Record<string, unknown> & { photo: { src: string; alt: string } };
const schema = schemas.therapists({ image: imageStandIn });
const withPhoto = (photo: Record<string, unknown>) => schema.safeParse({ ...therapist, photo });
const issues = (result: ReturnType<typeof withPhoto>) => (result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));

describe('a picture’s words', () => {
  it('are read with the picture', () => {
    const result = withPhoto(therapist.photo);
    expect(result.success && result.data.photo).toEqual(therapist.photo);
  });
  it('are required: a picture without them fails, naming the field and the way out', () => {
    expect(issues(withPhoto({ src: therapist.photo.src }))).toEqual(['photo.alt: photo needs alt text: describe the picture for people who cannot see it (or, for a picture that is decoration alone, write decorative: true)']);
    expect(issues(withPhoto({ src: therapist.photo.src, alt: 'Ada' }))).toEqual(['photo.alt: photo alt text must describe the picture (at least 5 characters)']);
  });
  it('are left out on purpose for a picture marked decorative: alt="" is what the page gets', () => {
    const result = withPhoto({ src: therapist.photo.src, decorative: true });
    expect(result.success && result.data.photo).toEqual({ src: therapist.photo.src, alt: '' });
  });
  it('and decorative with words says two opposite things: refused', () => {
    expect(issues(withPhoto({ ...therapist.photo, decorative: true }))).toEqual(['photo.decorative: photo is marked decorative but has alt text: keep the alt text if the picture shows something, or remove it if the picture is decoration alone']);
  });
});
