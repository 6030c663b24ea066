// The national overview: the level above the provinces, one row per province the caller
// may read (Central: all 34), each with its own cells and its subtree's tallies, and the
// roll-ups over all of them. It judges only the units the roll-ups count (provinces and
// commune-level chapters), a chunk at a time (issue 11; decision 21). Each province is
// judged by the plan it adopted, as in force on the date (decision 20): provinces are
// grouped by plan, each group judged on its own, and the groups' tallies added up by
// indicator code.
import { BASE_PLAN, type IsoDate, rollupLabel, type UnitKind } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { loadPlanById, planIdsOf } from './load-plan-in-force.js';
import { countedKinds, judgeLevel } from './matrix/judge-level.js';
import {
  countedUnitsOfRoots,
  type ReadableUnits,
  readableRootsPage,
} from './matrix/level-units.js';

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
  query: OverviewQuery,
) {
  const { asOf } = query;
  const year = query.year ?? Number(asOf.slice(0, 4));
  const page = await readableRootsPage(db, readable, query);
  const planOfRoot = await planIdsOf(db, page.rootIds);
  const planIds = [...new Set(page.rootIds.map((id) => planOfRoot.get(id) as string))];
  // No readable province: judge nothing, but answer with plan 48's indicators.
  const groups = planIds.length > 0 ? planIds : [BASE_PLAN.id];
  const levels = await Promise.all(
    groups.map(async (planId) => {
      const plan = await loadPlanById(db, planId, asOf);
      const rootIds = page.rootIds.filter((id) => planOfRoot.get(id) === planId);
      const items = page.items.filter((u) => rootIds.includes(u.id));
      const counted = await countedUnitsOfRoots(db, rootIds, asOf, countedKinds(plan));
      const { cellsOf: _, ...level } = await judgeLevel(db, {
        plan,
        year,
        asOf,
        level: { root: null, page: { ...page, items }, counted },
      });
      return level;
    }),
  );
  return mergeLevels(
    levels,
    page.items.map((u) => u.id),
  );
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
