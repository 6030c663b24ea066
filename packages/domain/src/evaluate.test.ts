// Boundaries, applicability and the details each rule reports.
import { describe, expect, it } from 'vitest';
import { todayInVietnam } from './dates.js';
import { type EvaluateInput, evaluate } from './evaluate.js';
import { buildHierarchy, fact, makeUnit } from './test-factories.js';
import type { Evaluation, Fact, IndicatorCode, IsoDate, UnitNode } from './types.js';

const units = buildHierarchy({
  districts: 2,
  grassrootsPerDistrict: 1,
  grassrootsProvince: 1,
  boards: 1,
});

function one(
  unitId: string,
  code: IndicatorCode,
  periodKey: string,
  facts: Fact[],
  today: IsoDate,
  extra: Partial<EvaluateInput> & { units?: UnitNode[] } = {},
): Evaluation {
  const out = evaluate({
    units,
    facts,
    today,
    indicators: [code],
    periodKeys: [periodKey],
    ...extra,
  });
  const found = out.find((e) => e.unitId === unitId);
  if (!found) throw new Error(`no evaluation for ${unitId}`);
  return found;
}

describe('deadline boundaries', () => {
  it('treats the due day as on time and the day after as overdue', () => {
    expect(one('kg-d1', 'CT-03', 'by-2025', [], '2025-12-31').state).toBe('due_soon');
    const late = one('kg-d1', 'CT-03', 'by-2025', [], '2026-01-01');
    expect(late.state).toBe('overdue');
    expect(late.reason.vi).toContain('Quá hạn 31/12/2025 (1 ngày)');
  });
  it('has passed a 2025 deadline at 17:30 UTC on 31/12/2025', () => {
    const today = todayInVietnam(new Date('2025-12-31T17:30:00Z'));
    expect(one('kg', 'CT-02', 'by-2025', [], today).state).toBe('overdue');
  });
  it('honours an administrator’s due date', () => {
    const dueOverrides = { 'CT-02': '2026-03-31' } as const;
    const e = one('kg', 'CT-02', 'by-2025', [], '2026-03-20', { dueOverrides });
    expect(e).toMatchObject({ state: 'due_soon', due: '2026-03-31', periodKey: 'by-2025' });
  });
  it('counts late completion as met and says it was late', () => {
    const e = one(
      'kg',
      'CT-02',
      'by-2025',
      [fact.staff('kg', { since: '2026-02-01' })],
      '2026-03-01',
    );
    expect(e.state).toBe('met');
    expect(e.reason.vi).toContain('Đạt muộn (ngày 01/02/2026, hạn 31/12/2025)');
  });
  it('uses the configured due-soon window', () => {
    const rules = { facebookMinPosts: 4, facebookWindowDays: 30, dueSoonDays: 7 };
    expect(one('kg-d1', 'CT-03', 'by-2025', [], '2025-12-20', { rules }).state).toBe('in_progress');
  });
});

describe('applicability', () => {
  it('does not apply to unit kinds outside the indicator', () => {
    const e = one('kg-d1-g1', 'CT-02', 'by-2025', [], '2025-06-01');
    expect(e.state).toBe('not_applicable');
    expect(e.reason.vi).toBe('CT-02 không áp dụng cho cấp “Hội CTĐ cơ sở”.');
    expect(one('kg-ban-1', 'CT-05', '2025', [], '2025-06-01').state).toBe('not_applicable');
    expect(one('kg', 'CT-03', 'by-2025', [], '2025-06-01').state).toBe('not_applicable');
  });
  it('does not apply to a unit opened after the due date', () => {
    const late = [
      ...units,
      makeUnit({ id: 'new', kind: 'grassroots_province', openedOn: '2026-01-02' }),
    ];
    const e = one('new', 'CT-02', 'by-2025', [], '2026-02-01', { units: late });
    expect(e.state).toBe('not_applicable');
    expect(e.reason.vi).toContain('thành lập ngày 02/01/2026');
  });
  it('applies to a unit opened mid-period', () => {
    const mid = [
      ...units,
      makeUnit({ id: 'new', kind: 'grassroots_province', openedOn: '2025-09-01' }),
    ];
    expect(one('new', 'CT-02', 'by-2025', [], '2025-12-10', { units: mid }).state).toBe('due_soon');
    expect(one('new', 'CT-05', '2024', [], '2025-12-10', { units: mid }).state).toBe(
      'not_applicable',
    );
  });
  it('does not apply to a unit closed before the period began', () => {
    const old = [...units, makeUnit({ id: 'old', closedOn: '2023-12-31' })];
    const e = one('old', 'CT-05', '2024', [], '2025-06-01', { units: old });
    expect(e.state).toBe('not_applicable');
    expect(e.reason.en).toContain('closed on 31/12/2023');
  });
  it('judges a unit closed mid-period on its closing day', () => {
    const closed = [...units, makeUnit({ id: 'gone', closedOn: '2025-06-30' })];
    const staff = fact.staff('gone', { since: '2024-01-01', until: '2025-06-30' });
    expect(one('gone', 'CT-02', 'by-2025', [staff], '2025-09-01', { units: closed }).state).toBe(
      'met',
    );
    const e = one('gone', 'CT-03', 'by-2025', [], '2025-09-01', { units: closed });
    expect(e.state).toBe('not_met');
    expect(e.reason.vi).toContain('Đơn vị đã giải thể ngày 30/06/2025 khi chưa đạt');
  });
});

describe('periods', () => {
  it('shows future periods as not started unless only the current one is asked for', () => {
    const all = evaluate({ units, facts: [], today: '2025-06-15', indicators: ['CT-05'] });
    const kg2026 = all.find((e) => e.unitId === 'kg' && e.periodKey === '2026');
    expect(kg2026?.state).toBe('in_progress');
    expect(kg2026?.reason.vi).toContain('Chưa bắt đầu');
    const current = evaluate({ units, facts: [], today: '2025-06-15', periodKeys: 'current' });
    expect(new Set(current.filter((e) => e.indicator === 'CT-05').map((e) => e.periodKey))).toEqual(
      new Set(['2025']),
    );
    const before = evaluate({ units, facts: [], today: '2023-06-15', periodKeys: 'current' });
    expect(before.some((e) => e.indicator === 'CT-05')).toBe(false);
  });
  it('orders output by unit, then plan indicator order, then period', () => {
    const out = evaluate({
      units: units.slice(0, 2),
      facts: [],
      today: '2025-06-15',
      indicators: ['CT-06', 'CT-01'],
    });
    expect(out.map((e) => `${e.unitId} ${e.indicator} ${e.periodKey}`)).toEqual([
      'kg CT-01 2022-2027',
      'kg CT-06 2024',
      'kg CT-06 2025',
      'kg CT-06 2026',
      'kg CT-06 2027',
      'kg-ban-1 CT-01 2022-2027',
      'kg-ban-1 CT-06 2024',
      'kg-ban-1 CT-06 2025',
      'kg-ban-1 CT-06 2026',
      'kg-ban-1 CT-06 2027',
    ]);
  });
});

describe('reports', () => {
  it('names a draft or returned report without changing the state', () => {
    const e = one(
      'kg',
      'CT-05',
      '2025',
      [fact.report('kg', 'CT-05', '2025', 'returned')],
      '2025-06-15',
    );
    expect(e.state).toBe('in_progress');
    expect(e.reason.vi).toContain('Báo cáo đang ở trạng thái “Trả lại”');
  });
  it('does not count an approved report that says not met', () => {
    const e = one(
      'kg',
      'CT-05',
      '2025',
      [fact.report('kg', 'CT-05', '2025', 'approved', false)],
      '2026-01-05',
    );
    expect(e.state).toBe('not_met');
    expect(e.reason.en).toContain('An approved report says not met');
  });
  it('ignores reports for another period', () => {
    const e = one(
      'kg',
      'CT-05',
      '2025',
      [fact.report('kg', 'CT-05', '2024', 'approved')],
      '2025-06-15',
    );
    expect(e.state).toBe('in_progress');
  });
});
