// What the public surface shows of one unit: every indicator judged on its current period
// (the same period choice as the dashboard, evaluate-subtree's periodForYear) as of today.
import {
  type Evaluation,
  evaluate,
  INDICATORS,
  type Indicator,
  type IsoDate,
  type UnitNode,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { periodForYear } from '../services/evaluate-subtree.js';
import { getHierarchy } from '../services/get-hierarchy.js';
import { loadFacts } from '../services/load-facts.js';

export interface PublicUnitEvaluation {
  unit: UnitNode;
  asOf: IsoDate;
  results: { indicator: Indicator; isApplicable: boolean; evaluation: Evaluation }[];
}

const UNIT_CODE = /^(?=.{2,64}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isUnitCode(value: string): boolean {
  return UNIT_CODE.test(value);
}

/** The unit open today with this code, or null. Cheap for unknown codes: one indexed lookup. */
export async function findPublicUnit(
  db: Kysely<Database>,
  code: string,
  today: IsoDate,
): Promise<UnitNode | null> {
  if (!isUnitCode(code)) return null;
  const row = await db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirst();
  if (!row) return null;
  const tree = await getHierarchy(db, today);
  return tree.find((u) => u.id === row.id) ?? null;
}

export async function evaluatePublicUnit(
  db: Kysely<Database>,
  code: string,
  today: IsoDate,
): Promise<PublicUnitEvaluation | null> {
  const unit = await findPublicUnit(db, code, today);
  if (!unit) return null;
  const year = Number(today.slice(0, 4));
  const periods = INDICATORS.map((indicator) => ({
    indicator,
    period: periodForYear(indicator, year, today),
  }));
  const facts = await loadFacts(db);
  const evaluations = evaluate({
    units: [unit],
    facts,
    today,
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
