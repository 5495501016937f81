/** What the search page says about its results. */

/** How many results the page lists at most; the status says when there are more. */
export const RESULTS_SHOWN = 12;

/** "3 results for “hip”.", or "Showing 12 of 30 results for “hip”." when the list is cut. */
export function searchStatus(query: string, total: number, shown: number): string {
  if (total === 0) return `No results for “${query}”.`;
  const results = `${total} result${total === 1 ? '' : 's'} for “${query}”`;
  return shown < total ? `Showing ${shown} of ${results}. Add a word to narrow them down.` : `${results}.`;
}
