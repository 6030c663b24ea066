// Shared by the compliance queries: the as-of tree under a root within the caller's scope,
// the facts, and the period each indicator is judged on for a chosen year. Only the root's
// subtree is read (the dated ancestor table), with its own units' facts: the cost follows
// the subtree, not the deployment.
import {
  currentPeriod,
  type Evaluation,
  evaluate,
  type Indicator,
  type IsoDate,
  type Period,
  type PlanDefinition,
  periodsOf,
  sortUnitsAsTree,
  type UnitNode,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { datedUnits, toUnitNode } from './get-hierarchy.js';
import { loadFacts } from './load-facts.js';
import { loadPlanInForce } from './load-plan-in-force.js';
import { type ReadableUnits, resolveRoot } from './matrix/level-units.js';

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

/** Facts are read for this many units per statement (each table's unit_id index). */
const FACT_CHUNK = 1000;

async function factsOf(db: Kysely<Database>, unitIds: readonly string[], asOf: IsoDate) {
  const chunks: Promise<Awaited<ReturnType<typeof loadFacts>>>[] = [];
  for (let i = 0; i < unitIds.length; i += FACT_CHUNK)
    chunks.push(loadFacts(db, { unitIds: unitIds.slice(i, i + FACT_CHUNK), asOf }));
  // Campaigns belong to no unit: every chunk brings them, the first one is kept.
  const [first = [], ...rest] = await Promise.all(chunks);
  return [...first, ...rest.flat().filter((f) => f.type !== 'campaign')];
}

export async function evaluateSubtree(
  db: Kysely<Database>,
  readable: ReadableUnits,
  defaultRootId: string,
  query: SubtreeQuery,
): Promise<EvaluatedSubtree> {
  // On a past date the caller's home may not exist yet (or any more): the province of that
  // day stands in for it, so "the dashboard as of 30/06/2025" shows Kiên Giang's tree.
  const root = await resolveRoot(db, readable, { rootId: query.rootId, defaultRootId }, query.asOf);
  const plan = await loadPlanInForce(db, query.asOf, root.id);
  const rows = await datedUnits(db, query.asOf)
    .innerJoin('unit_ancestors as a', 'a.unit_id', 'u.id')
    .where('a.ancestor_id', '=', root.id)
    .where('a.valid_from', '<=', query.asOf)
    .where((eb) => eb.or([eb('a.valid_to', 'is', null), eb('a.valid_to', '>', query.asOf)]))
    .execute();
  // A unit that moved to another province since that day is that province's now.
  const mine = await readable(rows.map((r) => r.id));
  const units = sortUnitsAsTree(rows.filter((r) => mine.has(r.id)).map(toUnitNode));
  const year = query.year ?? Number(query.asOf.slice(0, 4));
  const periods = plan.indicators.map((indicator) => ({
    indicator,
    period: periodForYear(indicator, year, query.asOf),
  }));
  const facts = await factsOf(
    db,
    units.map((u) => u.id),
    query.asOf,
  );
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
