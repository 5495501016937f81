/** What the search page says about its results. */

/** How many results the page lists at most; the status says when there are more. */
export const RESULTS_SHOWN = 12;

/** The search page's sentences in its language, as templates (src/i18n/: search.status). */
export interface SearchWords {
  searching: string;
  none: string;
  one: string;
  many: string;
  cut: string;
  all: string;
  unavailable: string;
}

/** A template with its {names} filled in. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "3 results for “hip”.", or "Showing 12 of 30 results for “hip”." when the list is cut. */
export function searchStatus(words: SearchWords, query: string, total: number, shown: number): string {
  if (total === 0) return fill(words.none, { query });
  const results = fill(total === 1 ? words.one : words.many, { count: total, query });
  return fill(shown < total ? words.cut : words.all, { shown, results });
}
