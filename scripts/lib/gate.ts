/**
 * Which check a change needs (docs/DEPLOY.md, "Which check runs when"): a change
 * to content/ alone (the clinic's words, facts and the images beside them) needs
 * the content gate, `npm run check:content`; any other change needs the full
 * suite, because code, configuration, packages and workflows are what it tests.
 * Pure and free of packages: the workflow runs it before `npm ci`.
 */
export type Gate = 'content' | 'full';

export function gateFor(changedFiles: readonly string[]): Gate {
  const files = changedFiles.map((f) => f.trim()).filter(Boolean);
  // Nothing known to have changed (a first push, a history rewritten): the full suite, never less.
  if (files.length === 0) return 'full';
  return files.every((file) => file.startsWith('content/')) ? 'content' : 'full';
}
