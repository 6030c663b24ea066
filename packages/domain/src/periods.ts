// The evaluable periods of each indicator: a year, the term, or "by <year>".
// Keys are what reports store, so they derive from the plan's dates, never from overrides.

import { minDate, yearOf } from './dates.js';
import { type DueOverrides, type Indicator, overrideDue, PLAN } from './plan.js';
import type { IsoDate, Period } from './types.js';

function withOverride(indicator: Indicator, overrides?: DueOverrides): Indicator {
  return overrideDue(indicator, overrides?.[indicator.code]);
}

/**
 * Periods in chronological order. A deadline period starts on the plan's issue date: a unit
 * closed before the plan existed owes nothing under it.
 */
export function periodsOf(indicator: Indicator, overrides?: DueOverrides): Period[] {
  const ind = withOverride(indicator, overrides);
  const s = ind.schedule;
  if (s.kind === 'yearly') {
    const periods: Period[] = [];
    for (let y = s.firstYear; y <= s.lastYear; y += 1) {
      periods.push({ key: String(y), start: `${y}-01-01`, due: `${y}-12-31` });
    }
    return periods;
  }
  if (s.kind === 'term') {
    const plannedTo = ind.plannedDue ?? s.to;
    return [{ key: `${yearOf(s.from)}-${yearOf(plannedTo)}`, start: s.from, due: s.to }];
  }
  const plannedDue = ind.plannedDue ?? s.due;
  const start = minDate(PLAN.issuedOn, s.due);
  return [{ key: `by-${yearOf(plannedDue)}`, start, due: s.due }];
}

/**
 * The period that `today` falls in. Before the first period this is the first one (not started);
 * after the last, the last one, so a dashboard always has something to show.
 */
export function currentPeriod(
  indicator: Indicator,
  today: IsoDate,
  overrides?: DueOverrides,
): Period {
  const periods = periodsOf(indicator, overrides);
  const inside = periods.find((p) => p.start <= today && today <= p.due);
  if (inside) return inside;
  const first = periods[0] as Period;
  return today < first.start ? first : (periods[periods.length - 1] as Period);
}

export function periodByKey(
  indicator: Indicator,
  key: string,
  overrides?: DueOverrides,
): Period | undefined {
  return periodsOf(indicator, overrides).find((p) => p.key === key);
}
