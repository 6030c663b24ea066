import { describe, expect, it } from 'vitest';
import {
  currentPeriod,
  DEFAULT_RULES,
  INDICATORS,
  indicatorOf,
  overrideDue,
  PLAN,
  periodByKey,
  periodsOf,
} from './index.js';
import { INDICATOR_CODES } from './types.js';

describe('the plan as data', () => {
  it('has the plan’s identity and term', () => {
    expect(PLAN.id).toBe('48/KH-CTĐKG');
    expect(PLAN.term).toEqual({ from: '2022-01-01', to: '2027-12-31' });
    expect(DEFAULT_RULES).toEqual({ facebookMinPosts: 4, facebookWindowDays: 30, dueSoonDays: 30 });
  });
  it('lists CT-01..CT-08 in order with the plan’s scopes', () => {
    expect(INDICATORS.map((i) => i.code)).toEqual([...INDICATOR_CODES]);
    const scope = Object.fromEntries(INDICATORS.map((i) => [i.code, i.appliesTo]));
    expect(scope).toEqual({
      'CT-01': ['district'],
      'CT-02': ['province', 'district', 'grassroots_province'],
      'CT-03': ['district', 'grassroots_province'],
      'CT-04': ['district', 'grassroots_province'],
      'CT-05': ['province', 'district'],
      'CT-06': ['province', 'district', 'grassroots_province'],
      'CT-07': ['province'],
      'CT-08': ['province'],
    });
  });
  it('quotes the plan with diacritics and cites clauses', () => {
    expect(indicatorOf('CT-03').title.vi).toContain(
      'trang Facebook hoạt động thường xuyên, liên tục',
    );
    expect(indicatorOf('CT-05').title.vi).toContain('tối thiểu 1 khóa/năm');
    expect(indicatorOf('CT-07').title.vi).toContain('Người tốt việc thiện');
    expect(indicatorOf('CT-03').clause).toBe('I.2, gạch đầu dòng 3');
  });
});

describe('periods', () => {
  it('keys yearly, term and deadline periods', () => {
    expect(periodsOf(indicatorOf('CT-05')).map((p) => p.key)).toEqual([
      '2024',
      '2025',
      '2026',
      '2027',
    ]);
    expect(periodsOf(indicatorOf('CT-01'))).toEqual([
      { key: '2022-2027', start: '2022-01-01', due: '2027-12-31' },
    ]);
    expect(periodsOf(indicatorOf('CT-04'))).toEqual([
      { key: 'by-2026', start: PLAN.issuedOn, due: '2026-12-31' },
    ]);
  });
  it('finds the current period, clamped to the plan', () => {
    expect(currentPeriod(indicatorOf('CT-05'), '2025-07-01').key).toBe('2025');
    expect(currentPeriod(indicatorOf('CT-05'), '2023-07-01').key).toBe('2024');
    expect(currentPeriod(indicatorOf('CT-05'), '2030-01-01').key).toBe('2027');
    expect(currentPeriod(indicatorOf('CT-02'), '2026-03-01').key).toBe('by-2025');
  });
  it('moves a due date on override but keeps the period key', () => {
    const moved = periodsOf(indicatorOf('CT-02'), { 'CT-02': '2026-03-31' });
    expect(moved).toEqual([{ key: 'by-2025', start: PLAN.issuedOn, due: '2026-03-31' }]);
    expect(periodByKey(indicatorOf('CT-01'), '2022-2027', { 'CT-01': '2027-06-30' })?.due).toBe(
      '2027-06-30',
    );
    // "Every year" has no single due date to move.
    expect(overrideDue(indicatorOf('CT-05'), '2025-06-30')).toBe(indicatorOf('CT-05'));
  });
});
