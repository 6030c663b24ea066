// Shared by the compliance queries: the as-of tree under a root within the caller's scope,
// the facts, and the period each indicator is judged on for a chosen year.
import {
  currentPeriod,
  type Evaluation,
  evaluate,
  type Indicator,
  type IsoDate,
  type Period,
  type PlanDefinition,
  periodsOf,
  subtreeIds,
  type UnitNode,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Readable } from '../access/readable-units.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { getHierarchy } from './get-hierarchy.js';
import { loadFacts } from './load-facts.js';
import { loadPlanInForce } from './load-plan-in-force.js';

export interface SubtreeQuery {
  /** Default: the caller's own unit (province-wide roles: the province). */
  rootId?: string | undefined;
  asOf: IsoDate;
  year?: number | undefined;
}

/** Yearly indicators are judged on that year; deadline and term ones on their period. */
export function periodForYear(indicator: Indicator, year: number, asOf: IsoDate): Period {
  const exact = periodsOf(indicator).find((p) => p.key === String(year));
  if (exact) return exact;
  const yearEnd = `${year}-12-31`;
  return currentPeriod(indicator, yearEnd < asOf ? yearEnd : asOf);
}

export interface EvaluatedSubtree {
  root: UnitNode;
  units: UnitNode[];
  periods: { indicator: Indicator; period: Period }[];
  evaluations: Evaluation[];
  /** The plan in force on the as-of date (decision 15). */
  plan: PlanDefinition;
}

export async function evaluateSubtree(
  db: Kysely<Database>,
  readable: Readable,
  defaultRootId: string,
  query: SubtreeQuery,
): Promise<EvaluatedSubtree> {
  const [tree, plan] = await Promise.all([
    getHierarchy(db, query.asOf),
    loadPlanInForce(db, query.asOf, query.rootId ?? defaultRootId),
  ]);
  const rootId = query.rootId ?? defaultRootId;
  // On a past date the caller's home may not exist yet (or any more): the province of that
  // day stands in for it, so "the dashboard as of 30/06/2025" shows Kiên Giang's tree.
  const roots = tree.filter((u) => u.kind === 'province' && u.parentId === null);
  const inReach = await readable([rootId, ...roots.map((u) => u.id)]);
  const root =
    tree.find((u) => u.id === rootId) ??
    (query.rootId ? undefined : roots.find((u) => inReach.has(u.id)));
  if (!root || !inReach.has(root.id))
    throw notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
  const ids = subtreeIds(tree, root.id);
  // A unit that moved to another province since that day is that province's now.
  const mine = await readable([...ids]);
  const units = tree.filter((u) => ids.has(u.id) && mine.has(u.id));
  const year = query.year ?? Number(query.asOf.slice(0, 4));
  const periods = plan.indicators.map((indicator) => ({
    indicator,
    period: periodForYear(indicator, year, query.asOf),
  }));
  const facts = await loadFacts(db);
  // One pass: each key names exactly one period of each indicator that has it.
  const chosen = new Set(periods.map(({ indicator, period }) => `${indicator.code}|${period.key}`));
  const evaluations = evaluate({
    units,
    facts,
    today: query.asOf,
    plan,
    periodKeys: [...new Set(periods.map((p) => p.period.key))],
  }).filter((e) => chosen.has(`${e.indicator}|${e.periodKey}`));
  return { root, units, periods, evaluations, plan };
}
