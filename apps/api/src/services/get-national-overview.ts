// The national overview: the level above the provinces, one row per province the caller
// may read (Central: all 34), each with its own cells and its subtree's tallies, and the
// roll-ups over all of them. It judges only the units the roll-ups count (provinces and
// commune-level chapters), a chunk at a time (issue 11; decision 21). Each province is
// judged by the plan it adopted, as in force on the date (decision 20): provinces are
// grouped by plan, each group judged on its own, and the groups' tallies added up by
// indicator code. A province's tallies are kept until a change touches it (decision 37), so
// a visit judges only the provinces that changed since the last one.
import {
  BASE_PLAN,
  type IsoDate,
  type PlanDefinition,
  rollupLabel,
  type UnitKind,
  type UnitNode,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { loadPlanById, planIdsOf } from './load-plan-in-force.js';
import { countedKinds, judgeLevel, levelPeriods } from './matrix/judge-level.js';
import {
  countedUnitsOfRoots,
  type ReadableUnits,
  readableRootsPage,
} from './matrix/level-units.js';
import { ProvinceTallies, type ProvinceTally } from './matrix/province-tallies.js';
import { type LevelTally, type Tally, tallyLevel } from './matrix/tally-level.js';

export interface OverviewQuery {
  asOf: IsoDate;
  year?: number | undefined;
  after?: readonly [string, string] | undefined;
  limit: number;
}

type Level = Omit<Awaited<ReturnType<typeof judgeLevel>>, 'cellsOf'>;

export async function getNationalOverview(
  db: Kysely<Database>,
  readable: ReadableUnits,
  tallies: ProvinceTallies,
  query: OverviewQuery,
) {
  const { asOf } = query;
  const year = query.year ?? Number(asOf.slice(0, 4));
  await tallies.settle(db);
  const page = await readableRootsPage(db, readable, query);
  const planOfRoot = await planIdsOf(db, page.rootIds);
  const planIds = [...new Set(page.rootIds.map((id) => planOfRoot.get(id) as string))];
  // No readable province: judge nothing, but answer with plan 48's indicators.
  const groups = planIds.length > 0 ? planIds : [BASE_PLAN.id];
  const levels = await Promise.all(
    groups.map(async (planId) => {
      const plan = await loadPlanById(db, planId, asOf);
      const provinces = page.roots.filter((u) => planOfRoot.get(u.id) === planId);
      const items = page.items.filter((u) => planOfRoot.get(u.id) === planId);
      const tally = await provinceTallies(db, tallies, { plan, year, asOf, provinces });
      const { cellsOf: _, ...level } = await judgeLevel(db, {
        plan,
        year,
        asOf,
        level: { root: null, page: { ...page, items }, counted: [] },
        tally,
      });
      return level;
    }),
  );
  return mergeLevels(
    levels,
    page.items.map((u) => u.id),
  );
}

/** The level's tallies for one plan's provinces: kept ones as they are, the others judged
 *  together (their chapters a chunk at a time) and kept for the next visit. */
async function provinceTallies(
  db: Kysely<Database>,
  tallies: ProvinceTallies,
  input: { plan: PlanDefinition; year: number; asOf: IsoDate; provinces: readonly UnitNode[] },
): Promise<LevelTally> {
  const { plan, year, asOf, provinces } = input;
  const keyOf = (id: string) => ProvinceTallies.key(id, plan.id, year, asOf);
  const known = new Map<string, ProvinceTally>();
  for (const p of provinces) {
    const kept = tallies.get(keyOf(p.id));
    if (kept) known.set(p.id, kept);
  }
  const missing = provinces.filter((p) => !known.has(p.id));
  if (missing.length > 0) {
    const epoch = tallies.begin();
    const ids = missing.map((p) => p.id);
    const counted = await countedUnitsOfRoots(db, ids, asOf, countedKinds(plan));
    const periods = levelPeriods(plan, year, asOf);
    const judged = await tallyLevel(db, { plan, periods, asOf, shown: missing, counted });
    for (const id of ids) {
      const value = {
        cells: judged.cells.get(id) ?? {},
        tallies: judged.byChild.get(id) ?? new Map(),
      };
      known.set(id, value);
      tallies.store(keyOf(id), id, value, epoch);
    }
  }
  const root = new Map<string, Tally>();
  for (const { tallies: byCode } of known.values()) {
    for (const [code, t] of byCode) {
      const sum = root.get(code) ?? { met: 0, applicable: 0 };
      root.set(code, { met: sum.met + t.met, applicable: sum.applicable + t.applicable });
    }
  }
  return {
    root,
    cells: new Map([...known].map(([id, v]) => [id, v.cells])),
    byChild: new Map([...known].map(([id, v]) => [id, v.tallies])),
  };
}
/** One answer from the groups': indicators by code (first seen first), roll-ups summed,
 *  worded over every kind the groups count; rows in the page's order, each with a tally
 *  (0/0 where its plan lacks the indicator) for every indicator shown. */
function mergeLevels(levels: Level[], order: readonly string[]): Level {
  const [first] = levels as [Level, ...Level[]];
  const indicators = [
    ...new Map(levels.flatMap((l) => l.indicators.map((i) => [i.code, i]))).values(),
  ];
  const rollups = indicators.map(({ code }) => {
    const parts = levels.flatMap((l) => l.rollups.filter((r) => r.indicator === code));
    const met = parts.reduce((n, r) => n + r.met, 0);
    const applicable = parts.reduce((n, r) => n + r.applicable, 0);
    const kinds = [...new Set(parts.flatMap((r) => (Array.isArray(r.kind) ? r.kind : [r.kind])))];
    return {
      ...(parts[0] as Level['rollups'][number]),
      kind: kinds.length === 1 ? (kinds[0] as UnitKind) : kinds,
      applicable,
      met,
      share: applicable === 0 ? 0 : met / applicable,
      label: rollupLabel(met, applicable, kinds),
    };
  });
  const rowOf = new Map(levels.flatMap((l) => l.rows.map((r) => [r.unit.id, r])));
  const rows = order.flatMap((id) => {
    const row = rowOf.get(id);
    if (!row) return [];
    const none = { met: 0, applicable: 0 };
    return [
      {
        ...row,
        rollups: Object.fromEntries(
          indicators.map(({ code }) => [code, row.rollups[code] ?? none]),
        ),
      },
    ];
  });
  return { ...first, indicators, rollups, rows };
}
