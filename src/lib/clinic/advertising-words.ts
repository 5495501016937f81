/**
 * Words a regulator does not allow in health advertising ("specialist",
 * "cure", "guaranteed"...), found in the text of content files before the
 * build, each with its file and line (the content preflight reports them).
 *
 * The lists are the clinic's, one per language (clinic.yaml
 * jurisdiction.forbiddenWords.en, .fr; the usual ones by default): a word ending in * stands for every word it begins
 * ("guarantee*": guarantee, guaranteed, guarantees). Where such a word is
 * accurate (a quoted source, the name of a recognised speciality), the file's
 * own `allowWords` list names it with the reason, and it is accepted in that
 * file only. The titles of cited sources are their authors' words and are
 * never checked.
 */
import { LineCounter, parseDocument, visit, type Scalar } from 'yaml';
import { withoutCode } from '../content/preflight.ts';
import { LANGUAGE_CODES, type Language } from '../i18n/languages.ts';

/**
 * Forbidden by default, per language: what Canadian massage therapy regulators'
 * advertising standards name most often (the CMTO's and CMTBC's in English, the
 * Quebec professional orders' in French). A file is checked against the list of
 * its own language (a file in a collection's fr/ folder is French).
 */
export const DEFAULT_FORBIDDEN_WORDS = {
  en: ['specialist*', 'speciali?ed', 'cure*', 'curing', 'guarantee*', 'miracle*', 'risk-free'],
  fr: ['spécialiste*', 'spéciali?é*', 'guéri*', 'garanti*', 'miracle*', 'miraculeu*', 'sans risque'],
} as const satisfies Record<Language, readonly string[]>;

/** The list for each language: the clinic's own (clinic.yaml jurisdiction.forbiddenWords.<code>), else the default. */
export function forbiddenWordsByLanguage(own: Partial<Record<Language, readonly string[]>> | undefined): Record<Language, readonly string[]> {
  return Object.fromEntries(LANGUAGE_CODES.map((code) => [code, own?.[code] ?? DEFAULT_FORBIDDEN_WORDS[code]])) as Record<Language, readonly string[]>;
}

export interface WordFinding {
  /** Line in the file. */
  line: number;
  /** The entry of the list it matched, e.g. "cure*". */
  rule: string;
  /** The word as written, e.g. "Cures". */
  found: string;
}

/** One pattern per rule: whole words, any case; * for the rest of a word, ? for any one letter. */
function ruleExpression(rule: string): RegExp {
  const body = rule
    .trim()
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\?/g, '\\p{L}')
    .replace(/\*/g, "[\\p{L}\\p{N}'’-]*");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Findings in a piece of text whose first line is `firstLine` of the file. An
 * allowed word lifts the rule it falls under, so allowing "cure" allows "cures".
 */
export function findForbiddenWords(text: string, firstLine: number, rules: readonly string[], allowed: readonly string[] = []): WordFinding[] {
  const findings: WordFinding[] = [];
  const lines = text.split('\n');
  for (const rule of rules) {
    const expression = ruleExpression(rule);
    if (allowed.some((word) => [...word.matchAll(expression)].some((m) => m[0] === word))) continue;
    lines.forEach((line, index) => {
      for (const match of line.matchAll(expression)) findings.push({ line: firstLine + index, rule, found: match[0] });
    });
  }
  return findings.sort((a, b) => a.line - b.line);
}

/** What readers never see as text: code, MDX comments, import/export lines, tags' names and link or image addresses (blanked, keeping lines). */
export function readableBody(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return withoutCode(body)
    .replace(/^(?:import|export)\s[^\n]*$/gm, blank)
    .replace(/\]\([^)\n]*\)/g, (s) => `]${blank(s.slice(1))}`)
    .replace(/https?:\/\/[^\s)>"']+/g, blank)
    .replace(/<\/?[A-Za-z][\w.]*/g, blank);
}

/** Frontmatter keys whose values are not the clinic's advertising words: cited sources, the exceptions themselves, references and addresses. */
const NOT_CHECKED = new Set(['citations', 'allowWords', 'author', 'reviewer', 'services', 'topics', 'therapists', 'service', 'src', 'url', 'bookingRef']);

/**
 * Findings in a file's frontmatter (YAML starting on `firstLine`) and body
 * (starting on `bodyLine`), with the words its `allowWords` accepts left out.
 */
export function forbiddenWordsInEntry(
  source: { frontmatter: string; frontmatterLine: number; body: string; bodyLine: number },
  rules: readonly string[],
): WordFinding[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.frontmatter, { lineCounter });
  // A file YAML cannot read is reported by the preflight's own check.
  if (doc.errors.length > 0) return [];
  const exceptions = (doc.toJS() as { allowWords?: unknown } | null)?.allowWords;
  const allowed = (Array.isArray(exceptions) ? exceptions : [])
    .map((a: { word?: unknown } | null) => (typeof a?.word === 'string' ? a.word.trim() : ''))
    .filter(Boolean);
  const findings: WordFinding[] = [];
  visit(doc, {
    Pair(_, pair) {
      const key = (pair.key as Scalar | null)?.value;
      if (typeof key === 'string' && NOT_CHECKED.has(key)) return visit.SKIP;
      return undefined;
    },
    Scalar(key, node: Scalar) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const { line } = lineCounter.linePos(node.range[0]);
      // The value as written (quotes, a block's > and its line breaks kept), so that lines count as in the file.
      const written = source.frontmatter.slice(node.range[0], node.range[1]);
      findings.push(...findForbiddenWords(written, line + source.frontmatterLine - 1, rules, allowed));
    },
  });
  findings.push(...findForbiddenWords(readableBody(source.body), source.bodyLine, rules, allowed));
  return findings;
}
