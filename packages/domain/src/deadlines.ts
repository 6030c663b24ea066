// The plan's reporting deadlines (section III) and a calendar of what is due soon or overdue.
// Only the 10/01/2025 date is printed in the plan; the others are defaults an admin may change.

import { addDays, formatDateVi } from './dates.js';
import { type Indicator, indicatorOf } from './plan.js';
import type { Bilingual, Evaluation, IndicatorCode, IsoDate, UnitKind, UnitNode } from './types.js';

export type DeadlineKind = 'own_plan' | 'annual_report' | 'mid_term_review' | 'final_review';

export interface ReportingDeadline {
  id: string;
  kind: DeadlineKind;
  due: IsoDate;
  appliesTo: UnitKind[];
  label: Bilingual;
  clause: string;
  /** True when the plan gives no date and this one is our default, configurable by an admin. */
  isDefault: boolean;
}

function annualReport(year: number): ReportingDeadline {
  return {
    id: `annual-report-${year}`,
    kind: 'annual_report',
    // The plan says "hàng năm" without a day; 15/12 leaves the province two weeks to compile.
    due: `${year}-12-15`,
    appliesTo: ['district', 'grassroots_province'],
    label: {
      vi: `Báo cáo kết quả thực hiện năm ${year} về Hội CTĐ tỉnh (qua Ban Tuyên huấn)`,
      en: `Report of ${year} results to the province (via the Propaganda Board)`,
    },
    clause: 'III.2, gạch đầu dòng 2',
    isDefault: true,
  };
}

export const REPORTING_DEADLINES: readonly ReportingDeadline[] = [
  {
    id: 'own-plan',
    kind: 'own_plan',
    due: '2025-01-10',
    // The closing paragraph also asks the provincial boards for their plan, not only III.2's units.
    appliesTo: ['province_board', 'district', 'grassroots_province'],
    label: {
      vi: 'Gửi kế hoạch cụ thể hóa về Hội CTĐ tỉnh (qua Ban Tuyên huấn) trước ngày 10/01/2025',
      en: 'Send the unit’s own plan to the province (via the Propaganda Board) by 10/01/2025',
    },
    clause: 'III, đoạn cuối',
    isDefault: false,
  },
  annualReport(2024),
  annualReport(2025),
  annualReport(2026),
  annualReport(2027),
  {
    id: 'mid-term-review',
    kind: 'mid_term_review',
    due: '2025-06-30',
    appliesTo: ['province'],
    label: { vi: 'Sơ kết thực hiện Kế hoạch', en: 'Mid-term review of the plan' },
    clause: 'III.1, gạch đầu dòng 1',
    isDefault: true,
  },
  {
    id: 'final-review',
    kind: 'final_review',
    due: '2027-12-31',
    appliesTo: ['province'],
    label: { vi: 'Tổng kết thực hiện Kế hoạch', en: 'Final review of the plan' },
    clause: 'III.1, gạch đầu dòng 1',
    isDefault: true,
  },
];

/** The deadlines with admin-set dates applied by id. */
export function withDeadlineOverrides(
  overrides: Partial<Record<string, IsoDate>>,
  deadlines: readonly ReportingDeadline[] = REPORTING_DEADLINES,
): ReportingDeadline[] {
  return deadlines.map((d) => {
    const due = overrides[d.id];
    return due === undefined ? d : { ...d, due };
  });
}

export interface CalendarItem {
  due: IsoDate;
  unitId: string;
  state: 'due_soon' | 'overdue';
  /** Set for an indicator obligation... */
  indicator?: IndicatorCode;
  periodKey?: string;
  /** ...or for a reporting deadline. */
  deadlineId?: string;
  deadlineKind?: DeadlineKind;
  label: Bilingual;
}

export interface DeadlineCalendarInput {
  hierarchy: readonly UnitNode[];
  evaluations: readonly Evaluation[];
  today: IsoDate;
  /** How far ahead "due soon" reaches. */
  horizonDays: number;
  deadlines?: readonly ReportingDeadline[];
  /** Reporting deadlines already done; the domain has no fact for them, the API knows. */
  completed?: readonly { unitId: string; deadlineId: string }[];
  /** Drop overdue items older than this many days; by default every overdue item stays. */
  lookbackDays?: number;
  /** The plan's indicators in force, for their titles; plan 48 as issued by default. */
  indicators?: readonly Indicator[];
}

function timing(due: IsoDate, input: DeadlineCalendarInput): CalendarItem['state'] | null {
  if (due < input.today) {
    const oldest =
      input.lookbackDays === undefined ? null : addDays(input.today, -input.lookbackDays);
    return oldest !== null && due < oldest ? null : 'overdue';
  }
  return due <= addDays(input.today, input.horizonDays) ? 'due_soon' : null;
}

function indicatorItems(
  input: DeadlineCalendarInput,
  units: Map<string, UnitNode>,
): CalendarItem[] {
  const items: CalendarItem[] = [];
  for (const e of input.evaluations) {
    const unit = units.get(e.unitId);
    if (!unit || !['in_progress', 'due_soon', 'overdue'].includes(e.state)) continue;
    const state = timing(e.due, input);
    // An in-progress obligation past its due date is a not-started period; skip it.
    if (!state || (state === 'overdue' && e.state !== 'overdue')) continue;
    const title = indicatorOf(e.indicator, input.indicators).shortTitle;
    const due = formatDateVi(e.due);
    items.push({
      due: e.due,
      unitId: e.unitId,
      state,
      indicator: e.indicator,
      periodKey: e.periodKey,
      label: {
        vi: `${unit.name}: ${e.indicator} ${title.vi} (kỳ ${e.periodKey}, hạn ${due})`,
        en: `${unit.name}: ${e.indicator} ${title.en} (period ${e.periodKey}, due ${due})`,
      },
    });
  }
  return items;
}

function isOpenOn(unit: UnitNode, date: IsoDate): boolean {
  return unit.openedOn <= date && (unit.closedOn === null || unit.closedOn >= date);
}

function deadlineItems(input: DeadlineCalendarInput): CalendarItem[] {
  const done = new Set((input.completed ?? []).map((c) => `${c.unitId}|${c.deadlineId}`));
  const items: CalendarItem[] = [];
  for (const d of input.deadlines ?? REPORTING_DEADLINES) {
    const state = timing(d.due, input);
    if (!state) continue;
    for (const unit of input.hierarchy) {
      if (!d.appliesTo.includes(unit.kind) || !isOpenOn(unit, d.due)) continue;
      if (done.has(`${unit.id}|${d.id}`)) continue;
      const due = formatDateVi(d.due);
      items.push({
        due: d.due,
        unitId: unit.id,
        state,
        deadlineId: d.id,
        deadlineKind: d.kind,
        label: {
          vi: `${unit.name}: ${d.label.vi} (hạn ${due})`,
          en: `${unit.name}: ${d.label.en} (due ${due})`,
        },
      });
    }
  }
  return items;
}

// Code-point order, not localeCompare: the order must not depend on the viewer's locale.
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What is due soon or overdue, for whom, sorted by date then by hierarchy order. */
export function deadlineCalendar(input: DeadlineCalendarInput): CalendarItem[] {
  const units = new Map(input.hierarchy.map((u) => [u.id, u]));
  const order = new Map(input.hierarchy.map((u, i) => [u.id, i]));
  const items = [...indicatorItems(input, units), ...deadlineItems(input)];
  const tag = (i: CalendarItem) => i.indicator ?? i.deadlineId ?? '';
  return items.sort(
    (a, b) =>
      cmp(a.due, b.due) ||
      (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0) ||
      cmp(tag(a), tag(b)) ||
      cmp(a.periodKey ?? '', b.periodKey ?? ''),
  );
}
