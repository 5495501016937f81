import { describe, expect, it } from 'vitest';
import { RESULTS_SHOWN, searchStatus } from '../../src/lib/search';

describe('searchStatus', () => {
  it('says how many results there are, and how many are shown when the list is cut', () => {
    expect(searchStatus('hip', 0, 0)).toBe('No results for “hip”.');
    expect(searchStatus('hip', 1, 1)).toBe('1 result for “hip”.');
    expect(searchStatus('hip', 3, 3)).toBe('3 results for “hip”.');
    expect(searchStatus('massage', 30, RESULTS_SHOWN)).toBe(`Showing ${RESULTS_SHOWN} of 30 results for “massage”. Add a word to narrow them down.`);
  });
});
