// What the public surface shows of one unit: every indicator judged on its current period
// (the same period choice as the dashboard, evaluate-subtree's periodForYear) as of today.
// A unit's states depend on the unit itself (kind, opening and closing days), its own facts
// and the province's campaigns, never on other units: a miss reads one unit row (with its
// parent link of the day) and that unit's facts, not the tree or the province (decision 13).
import {
  type Evaluation,
  evaluate,
  type Indicator,
  type IsoDate,
  type UnitNode,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { periodForYear } from '../services/evaluate-subtree.js';
import { datedUnits, toUnitNode } from '../services/get-hierarchy.js';
import { loadFacts } from '../services/load-facts.js';
import { loadPlanInForce } from '../services/load-plan-in-force.js';

export interface PublicUnitEvaluation {
  unit: UnitNode;
  asOf: IsoDate;
  results: { indicator: Indicator; isApplicable: boolean; evaluation: Evaluation }[];
}

const UNIT_CODE = /^(?=.{2,64}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isUnitCode(value: string): boolean {
  return UNIT_CODE.test(value);
}

/** The unit open today with this code, as getHierarchy would give it, or null. One
 *  indexed lookup, with the parent link valid today (decision 1). */
export async function findPublicUnit(
  db: Kysely<Database>,
  code: string,
  today: IsoDate,
): Promise<UnitNode | null> {
  if (!isUnitCode(code)) return null;
  const row = await datedUnits(db, today).where('u.code', '=', code).executeTakeFirst();
  return row ? toUnitNode(row) : null;
}

export async function evaluatePublicUnit(
  db: Kysely<Database>,
  code: string,
  today: IsoDate,
): Promise<PublicUnitEvaluation | null> {
  const unit = await findPublicUnit(db, code, today);
  if (!unit) return null;
  const year = Number(today.slice(0, 4));
  const [facts, plan] = await Promise.all([
    loadFacts(db, { unitIds: [unit.id], asOf: today }),
    loadPlanInForce(db, today, unit.id),
  ]);
  const periods = plan.indicators.map((indicator) => ({
    indicator,
    period: periodForYear(indicator, year, today),
  }));
  const evaluations = evaluate({
    units: [unit],
    facts,
    today,
    plan,
    periodKeys: [...new Set(periods.map((p) => p.period.key))],
  });
  const results = periods.map(({ indicator, period }) => {
    const evaluation = evaluations.find(
      (e) => e.indicator === indicator.code && e.periodKey === period.key,
    ) as Evaluation;
    return { indicator, isApplicable: indicator.appliesTo.includes(unit.kind), evaluation };
  });
  return { unit, asOf: today, results };
}
