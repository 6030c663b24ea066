import { describe, expect, it } from 'vitest';
import { deadlineCalendar, REPORTING_DEADLINES, withDeadlineOverrides } from './deadlines.js';
import { evaluate } from './evaluate.js';
import { buildHierarchy, makeUnit } from './test-factories.js';

const hierarchy = buildHierarchy({ districts: 2, grassrootsProvince: 1, boards: 1 });
const deadlines = REPORTING_DEADLINES.filter((d) => d.id === 'own-plan');

describe('reporting deadlines', () => {
  it('carries the plan’s own-plan date and flags the defaults', () => {
    const own = REPORTING_DEADLINES.find((d) => d.kind === 'own_plan');
    expect(own).toMatchObject({ due: '2025-01-10', isDefault: false });
    expect(own?.label.vi).toContain('trước ngày 10/01/2025');
    const defaults = REPORTING_DEADLINES.filter((d) => d.isDefault).map((d) => d.id);
    expect(defaults).toContain('annual-report-2025');
    expect(REPORTING_DEADLINES.find((d) => d.id === 'annual-report-2025')?.due).toBe('2025-12-15');
    expect(REPORTING_DEADLINES.find((d) => d.id === 'mid-term-review')?.due).toBe('2025-06-30');
    expect(REPORTING_DEADLINES.find((d) => d.id === 'final-review')?.due).toBe('2027-12-31');
  });
  it('applies admin overrides by id', () => {
    const moved = withDeadlineOverrides({ 'mid-term-review': '2025-09-30' });
    expect(moved.find((d) => d.id === 'mid-term-review')?.due).toBe('2025-09-30');
  });
});

describe('deadlineCalendar', () => {
  it('lists the own plan as due soon for the units that owe it, sorted by date', () => {
    const items = deadlineCalendar({
      hierarchy,
      evaluations: [],
      today: '2025-01-01',
      horizonDays: 14,
      deadlines,
    });
    expect(items.map((i) => `${i.due} ${i.unitId} ${i.deadlineId} ${i.state}`)).toEqual([
      '2025-01-10 kg-ban-1 own-plan due_soon',
      '2025-01-10 kg-d1 own-plan due_soon',
      '2025-01-10 kg-d2 own-plan due_soon',
      '2025-01-10 kg-p1 own-plan due_soon',
    ]);
    expect(items[1]?.label.vi).toBe(
      'Đơn vị kg-d1: Gửi kế hoạch cụ thể hóa về Hội CTĐ tỉnh (qua Ban Tuyên huấn) trước ngày 10/01/2025 (hạn 10/01/2025)',
    );
  });
  it('keeps overdue items until completed and skips units not open on the due date', () => {
    const units = [
      ...hierarchy,
      makeUnit({ id: 'late', kind: 'grassroots_province', openedOn: '2025-03-01' }),
    ];
    const completed = [{ unitId: 'kg-d1', deadlineId: 'own-plan' }];
    const items = deadlineCalendar({
      hierarchy: units,
      evaluations: [],
      today: '2025-02-01',
      horizonDays: 14,
      deadlines,
      completed,
    });
    expect(items.map((i) => i.unitId)).toEqual(['kg-ban-1', 'kg-d2', 'kg-p1']);
    expect(items.every((i) => i.state === 'overdue')).toBe(true);
    const recent = deadlineCalendar({
      hierarchy: units,
      evaluations: [],
      today: '2025-02-01',
      horizonDays: 14,
      deadlines,
      lookbackDays: 7,
    });
    expect(recent).toEqual([]);
  });
  it('includes indicators due soon or overdue, not those met or far off', () => {
    const evaluations = evaluate({
      units: hierarchy,
      facts: [],
      today: '2025-12-20',
      indicators: ['CT-03', 'CT-04'],
    });
    const items = deadlineCalendar({
      hierarchy,
      evaluations,
      today: '2025-12-20',
      horizonDays: 30,
    });
    const indicatorItems = items.filter((i) => i.indicator);
    expect(indicatorItems.map((i) => `${i.unitId} ${i.indicator} ${i.state}`)).toEqual([
      'kg-d1 CT-03 due_soon',
      'kg-d2 CT-03 due_soon',
      'kg-p1 CT-03 due_soon',
    ]);
    expect(items.find((i) => i.deadlineId === 'annual-report-2025')?.state).toBe('overdue');
    const later = evaluate({
      units: hierarchy,
      facts: [],
      today: '2026-01-02',
      indicators: ['CT-03'],
    });
    const overdue = deadlineCalendar({
      hierarchy,
      evaluations: later,
      today: '2026-01-02',
      horizonDays: 30,
    });
    expect(overdue.filter((i) => i.indicator).map((i) => i.state)).toEqual([
      'overdue',
      'overdue',
      'overdue',
    ]);
    expect(overdue[overdue.length - 1]?.label.en).toContain(
      'CT-03 Active Facebook page (period by-2025, due 31/12/2025)',
    );
  });
});
