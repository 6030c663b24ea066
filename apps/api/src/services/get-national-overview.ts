// The national overview: the level above the provinces, one row per province the caller
// may read (Central: all 34), each with its own cells and its subtree's tallies, and the
// roll-ups over all of them. It judges only the units the roll-ups count (provinces and
// commune-level chapters), a chunk at a time (issue 11; decision 21).
import type { IsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { loadPlanInForce } from './load-plan-in-force.js';
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

export async function getNationalOverview(
  db: Kysely<Database>,
  readable: ReadableUnits,
  query: OverviewQuery,
) {
  const { asOf } = query;
  const [plan, page] = await Promise.all([
    loadPlanInForce(db, asOf),
    readableRootsPage(db, readable, query),
  ]);
  const counted = await countedUnitsOfRoots(db, page.rootIds, asOf, countedKinds(plan));
  const year = query.year ?? Number(asOf.slice(0, 4));
  const { cellsOf: _, ...level } = await judgeLevel(db, {
    plan,
    year,
    asOf,
    level: { root: null, page, counted },
  });
  return level;
}
