// The deadlines list is ordered by due date first, and every obligation's due date comes from
// the plan alone (an indicator's period for the year, a reporting deadline's date), never
// from a unit's facts. So the list splits into groups of one due date each, known before
// any unit is judged, and a page judges only the units it walks through (decision 32).
import {
  addDays,
  type Indicator,
  type IndicatorCode,
  type IsoDate,
  type PlanDefinition,
  type ReportingDeadline,
  type UnitKind,
} from '@lantoa/domain';
import { periodForYear } from '../evaluate-subtree.js';

export interface DeadlineGroup {
  /** 0 overdue, 1 due soon: the list's first sort key, a function of the due date. */
  rank: 0 | 1;
  due: IsoDate;
  indicators: { indicator: Indicator; periodKey: string }[];
  deadlines: ReportingDeadline[];
  /** The unit kinds that owe something of the group: the only units walked for it. */
  kinds: UnitKind[];
}

export interface GroupQuery {
  asOf: IsoDate;
  year: number;
  horizonDays: number;
  indicator?: IndicatorCode | undefined;
}

/** Overdue before `asOf`, due soon up to the horizon; null: not on the list at all (the
 *  domain calendar's own window, so both give the same items). */
function rankOf(due: IsoDate, query: GroupQuery): 0 | 1 | null {
  if (due < query.asOf) return 0;
  return due <= addDays(query.asOf, query.horizonDays) ? 1 : null;
}

/** The plan's obligations on the list, grouped by due date, in the list's order. */
export function deadlineGroups(plan: PlanDefinition, query: GroupQuery): DeadlineGroup[] {
  const groups = new Map<IsoDate, DeadlineGroup>();
  const groupOf = (due: IsoDate) => {
    const rank = rankOf(due, query);
    if (rank === null) return null;
    let group = groups.get(due);
    if (!group) {
      group = { rank, due, indicators: [], deadlines: [], kinds: [] };
      groups.set(due, group);
    }
    return group;
  };
  for (const indicator of plan.indicators) {
    if (query.indicator && indicator.code !== query.indicator) continue;
    const period = periodForYear(indicator, query.year, query.asOf);
    const group = groupOf(period.due);
    group?.indicators.push({ indicator, periodKey: period.key });
    group?.kinds.push(...indicator.appliesTo);
  }
  // Reporting deadlines are not indicators: filtering by one leaves them out, as before.
  for (const deadline of query.indicator ? [] : plan.deadlines) {
    const group = groupOf(deadline.due);
    group?.deadlines.push(deadline);
    group?.kinds.push(...deadline.appliesTo);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, kinds: [...new Set(g.kinds)] }))
    .sort((a, b) => a.rank - b.rank || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
