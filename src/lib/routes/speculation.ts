/**
 * Speculation rules: the browser fetches a page the reader is about to open
 * (their pointer rests on the link, or a finger goes down on it) so that it
 * shows at once when they click. Chromium reads them; other engines ignore the
 * element. JSON, not JavaScript: nothing runs, and the CSP allows the element
 * by its hash like any inline code.
 */
import { paths as rootPaths, type SitePaths } from './urls.ts';

export interface SpeculationRules {
  prefetch: Array<{ source: 'document'; where: { or: Array<{ href_matches: string }> }; eagerness: 'moderate' }>;
}

/**
 * From an article, the two pages a reader who means to book opens next: a
 * service page (the booking box's "About …" link, the related services) and the
 * booking hub. Only on intent ("moderate"), so a reader who just reads fetches nothing more.
 */
export function bookingPathRules(paths: SitePaths = rootPaths): SpeculationRules {
  return {
    prefetch: [{ source: 'document', where: { or: [{ href_matches: `${paths.services()}*` }, { href_matches: paths.book() }] }, eagerness: 'moderate' }],
  };
}

/** The element's text. `<` is escaped so that no value can close the element. */
export function speculationRulesText(rules: SpeculationRules): string {
  return JSON.stringify(rules).replace(/</g, '\\u003c');
}
