import { describe, expect, it } from 'vitest';
import { periodLabel, periodWithDue } from './period-labels.js';
import { periodsOf } from './periods.js';
import { INDICATORS } from './plan.js';

describe('periodLabel', () => {
  it('says each kind of period in words, Vietnamese first', () => {
    expect(periodLabel('by-2025', '2025-12-31')).toEqual({
      vi: 'Hạn 31/12/2025',
      en: 'Due 31/12/2025',
    });
    expect(periodLabel('2026')).toEqual({ vi: 'Năm 2026', en: 'Year 2026' });
    expect(periodLabel('2022-2027')).toEqual({ vi: 'Nhiệm kỳ 2022–2027', en: 'Term 2022–2027' });
  });

  it('names the planned year of a deadline when its date is not known', () => {
    expect(periodLabel('by-2026').vi).toBe('Hạn trong năm 2026');
  });

  it('never shows a raw key for any period of the plan', () => {
    for (const indicator of INDICATORS) {
      for (const period of periodsOf(indicator)) {
        const words = periodLabel(period.key, period.due);
        // Keys look like by-2025 or 2022-2027; words use no such hyphen.
        expect(words.vi).not.toMatch(/by-|\d-\d|^Kỳ /);
      }
    }
  });

  it('adds the due date unless the words already are the deadline', () => {
    expect(periodWithDue('2026', '2026-12-31').vi).toBe('Năm 2026 · Hạn 31/12/2026');
    expect(periodWithDue('2022-2027', '2027-12-31').en).toBe('Term 2022–2027 · Due 31/12/2027');
    expect(periodWithDue('by-2025', '2026-06-30').vi).toBe('Hạn 30/06/2026');
  });
});
