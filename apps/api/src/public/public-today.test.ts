// The public routes' "today" is worked out once per Vietnamese day: it must still turn at
// midnight in Asia/Ho_Chi_Minh (17:00 UTC), and follow a clock that moves backwards.
import { describe, expect, it } from 'vitest';
import { publicToday } from './public-params.js';

const at = (iso: string) => Date.parse(iso);

describe('publicToday', () => {
  it('turns at midnight in Vietnam, not at midnight UTC', () => {
    expect(publicToday(at('2026-11-30T16:59:59.999Z'))).toBe('2026-11-30');
    expect(publicToday(at('2026-11-30T17:00:00.000Z'))).toBe('2026-12-01');
    expect(publicToday(at('2026-12-01T16:59:59.999Z'))).toBe('2026-12-01');
    expect(publicToday(at('2026-12-31T17:00:00.000Z'))).toBe('2027-01-01');
  });

  it('follows a clock set back to an earlier day', () => {
    expect(publicToday(at('2026-12-01T10:00:00Z'))).toBe('2026-12-01');
    expect(publicToday(at('2025-06-30T10:00:00Z'))).toBe('2025-06-30');
    expect(publicToday(at('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
  });
});
