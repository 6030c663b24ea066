import { describe, expect, it } from 'vitest';
import { formatCount, formatInstant } from './format';

describe('formatCount', () => {
  it('groups thousands as Intl does for each language', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 1_234_567, 200_000_000, -4_500]) {
      expect(formatCount(n, 'vi'), String(n)).toBe(n.toLocaleString('vi-VN'));
      expect(formatCount(n, 'en'), String(n)).toBe(n.toLocaleString('en-GB'));
    }
  });

  it('rounds to a whole number', () => {
    expect(formatCount(1234.6, 'vi')).toBe('1.235');
  });
});

describe('formatInstant', () => {
  it('shows the time in Vietnam (UTC+7) as dd/MM/yyyy HH:mm', () => {
    expect(formatInstant('2025-03-04T18:30:00Z')).toBe('05/03/2025 01:30');
  });
});
