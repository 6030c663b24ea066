// Every indicator through every state: records, approved report, pending, in progress, due soon,
// and overdue (deadline/term) or not met (yearly).
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { buildHierarchy, fact } from './test-factories.js';
import type { ComplianceState, Fact, IndicatorCode, IsoDate } from './types.js';

const units = buildHierarchy({ districts: 1, grassrootsProvince: 1 });

interface Case {
  code: IndicatorCode;
  unitId: string;
  periodKey: string;
  due: IsoDate;
  /** Facts present in every scenario (CT-06 needs a campaign to be applicable at all). */
  base: Fact[];
  met: Fact[];
  afterDue: ComplianceState;
}

const campaign = fact.campaign('c1', { startsOn: '2025-03-01', endsOn: '2025-12-31' });
const CASES: Case[] = [
  {
    code: 'CT-01',
    unitId: 'kg-d1',
    periodKey: '2022-2027',
    due: '2027-12-31',
    base: [],
    met: [fact.session('kg-d1', '2024-04-02')],
    afterDue: 'overdue',
  },
  {
    code: 'CT-02',
    unitId: 'kg-p1',
    periodKey: 'by-2025',
    due: '2025-12-31',
    base: [],
    met: [fact.staff('kg-p1')],
    afterDue: 'overdue',
  },
  {
    code: 'CT-03',
    unitId: 'kg-d1',
    periodKey: 'by-2025',
    due: '2025-12-31',
    base: [],
    met: [fact.page('kg-d1')],
    afterDue: 'overdue',
  },
  {
    code: 'CT-04',
    unitId: 'kg-p1',
    periodKey: 'by-2026',
    due: '2026-12-31',
    base: [],
    met: [fact.page('kg-p1', { isFanpage: true })],
    afterDue: 'overdue',
  },
  {
    code: 'CT-05',
    unitId: 'kg',
    periodKey: '2025',
    due: '2025-12-31',
    base: [],
    met: [fact.training('kg', '2025-05-20')],
    afterDue: 'not_met',
  },
  {
    code: 'CT-06',
    unitId: 'kg-d1',
    periodKey: '2025',
    due: '2025-12-31',
    base: [campaign],
    met: [fact.participation('c1', 'kg-d1', '2025-03-15')],
    afterDue: 'not_met',
  },
  {
    code: 'CT-07',
    unitId: 'kg',
    periodKey: '2022-2027',
    due: '2027-12-31',
    base: [],
    met: [fact.publication('kg', '2024-11-20')],
    afterDue: 'overdue',
  },
  {
    code: 'CT-08',
    unitId: 'kg',
    periodKey: 'by-2027',
    due: '2027-12-31',
    base: [],
    met: [fact.milestone('kg', 'launch', '2025-05-01')],
    afterDue: 'overdue',
  },
];

function run(c: Case, facts: Fact[], today: IsoDate) {
  const out = evaluate({ units, facts, today, indicators: [c.code], periodKeys: [c.periodKey] });
  const found = out.find((e) => e.unitId === c.unitId);
  if (!found) throw new Error(`no evaluation for ${c.unitId}`);
  return found;
}

const addDays = (iso: IsoDate, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe.each(CASES)('$code', (c) => {
  const today = '2025-06-15';
  it('is met by records, with the records as evidence', () => {
    const e = run(c, [...c.base, ...c.met], today);
    expect(e.state).toBe('met');
    expect(e.due).toBe(c.due);
    for (const f of c.met) expect(e.evidence).toContainEqual(f);
    expect(e.reason.vi).toMatch(/^Đạt/);
    expect(e.reason.en).toMatch(/^Met/);
  });
  it('is met by an approved report claiming it', () => {
    const report = fact.report(c.unitId, c.code, c.periodKey, 'approved');
    const e = run(c, [...c.base, report], today);
    expect(e.state).toBe('met');
    expect(e.evidence[0]).toEqual(report);
  });
  it('is pending review while a report is submitted', () => {
    const e = run(c, [...c.base, fact.report(c.unitId, c.code, c.periodKey, 'submitted')], today);
    expect(e.state).toBe('pending_review');
    expect(e.reason.vi).toContain('chờ duyệt');
  });
  it('is in progress early in the period', () => {
    expect(run(c, c.base, today).state).toBe('in_progress');
  });
  it('is due soon within 30 days of the due date, and on the due day itself', () => {
    expect(run(c, c.base, addDays(c.due, -30)).state).toBe('due_soon');
    expect(run(c, c.base, addDays(c.due, -31)).state).toBe('in_progress');
    const onDueDay = run(c, c.base, c.due);
    expect(onDueDay.state).toBe('due_soon');
    expect(onDueDay.reason.vi).toContain('Hôm nay là hạn chót');
  });
  it(`is ${c.afterDue} the day after the due date`, () => {
    expect(run(c, c.base, addDays(c.due, 1)).state).toBe(c.afterDue);
  });
});
