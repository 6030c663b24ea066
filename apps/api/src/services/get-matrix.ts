// The dashboard's matrix, one level at a time: the chosen unit (default: the caller's home)
// with its own cells and the plan's roll-ups over its subtree ("12/15 huyện, thành Hội
// (80%)"), and one page of its children, each with its own cells and its subtree's tallies.
// The answer's size follows the page, not the subtree (issue 11; decision 21).
import type { IsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { loadPlanInForce } from './load-plan-in-force.js';
import { countedKinds, judgeLevel } from './matrix/judge-level.js';
import {
  childrenPage,
  countedUnits,
  pathAbove,
  type ReadableUnits,
  resolveRoot,
} from './matrix/level-units.js';

export type { MatrixCell } from './matrix/tally-level.js';

export interface MatrixQuery {
  /** Default: the caller's own unit (province-wide roles: the province). */
  rootId?: string | undefined;
  asOf: IsoDate;
  year?: number | undefined;
  /** The last child of the previous page (code, id), from its cursor. */
  after?: readonly [string, string] | undefined;
  limit: number;
}

export async function getMatrix(
  db: Kysely<Database>,
  readable: ReadableUnits,
  defaultRootId: string,
  query: MatrixQuery,
) {
  const { asOf } = query;
  const root = await resolveRoot(db, readable, { rootId: query.rootId, defaultRootId }, asOf);
  // The plan the root's province adopted, as in force that day (decisions 15 and 20).
  const plan = await loadPlanInForce(db, asOf, root.id);
  const [path, page, subtree] = await Promise.all([
    pathAbove(db, readable, root.id, asOf),
    childrenPage(db, { parentId: root.id, asOf, after: query.after, limit: query.limit }),
    countedUnits(db, root.id, asOf, countedKinds(plan)),
  ]);
  // A unit that moved to another province since that day is that province's now.
  const inReach = await readable(subtree.map((c) => c.unit.id));
  const counted = subtree.filter((c) => inReach.has(c.unit.id));
  const year = query.year ?? Number(asOf.slice(0, 4));
  const { cellsOf, rollups, ...level } = await judgeLevel(db, {
    plan,
    year,
    asOf,
    level: { root, page, counted },
  });
  return {
    ...level,
    root,
    path,
    self: { unit: root, cells: cellsOf(root.id) },
    rollups: rollups.map((r) => ({ rootId: root.id, ...r })),
  };
}
