import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { RESULTS_SHOWN, searchStatus } from '../../src/lib/routes/search';

describe('searchStatus', () => {
  it('says how many results there are, and how many are shown when the list is cut', () => {
    expect(searchStatus(en.search.status, 'hip', 0, 0)).toBe('No results for “hip”.');
    expect(searchStatus(en.search.status, 'hip', 1, 1)).toBe('1 result for “hip”.');
    expect(searchStatus(en.search.status, 'hip', 3, 3)).toBe('3 results for “hip”.');
    expect(searchStatus(en.search.status, 'massage', 30, RESULTS_SHOWN)).toBe(`Showing ${RESULTS_SHOWN} of 30 results for “massage”. Add a word to narrow them down.`);
  });
  it('says it in the page’s language', () => {
    expect(searchStatus(fr.search.status, 'dos', 0, 0)).toBe('Aucun résultat pour «\u00a0dos\u00a0».');
    expect(searchStatus(fr.search.status, 'dos', 2, 2)).toBe('2 résultats pour «\u00a0dos\u00a0».');
  });
});
