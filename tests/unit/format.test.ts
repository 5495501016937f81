import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, formatDurationLong, formatPrice, isoDate } from '../../src/lib/i18n/format';

describe('format', () => {
  it('shows whole prices without cents and others with them', () => {
    expect(formatPrice(125, 'CAD')).toBe('$125');
    expect(formatPrice(99.5, 'CAD')).toBe('$99.50');
    expect(formatPrice(1250, 'CAD')).toBe('$1,250');
  });
  it('formats durations short and long', () => {
    expect(formatDuration(60)).toBe('60 min');
    expect(formatDurationLong(90)).toBe('90 minutes');
  });
  it('shows calendar dates on the day they were written, whatever the reader’s time zone', () => {
    const date = new Date('2026-11-20'); // midnight UTC, as YAML dates load
    expect(formatDate(date)).toBe('November 20, 2026');
    expect(isoDate(date)).toBe('2026-11-20');
  });
});

import { listInWords } from '../../src/lib/i18n/format';

describe('listInWords', () => {
  it('joins the first few items in words', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['back pain'])).toBe('back pain');
    expect(listInWords(['back pain', 'recovery'])).toBe('back pain and recovery');
    expect(listInWords(['a', 'b', 'c', 'd', 'e'], 3)).toBe('a, b and c');
  });
});
