// The dashboard's matrix, one level at a time: the chosen unit (default: the caller's home)
// with its own cells and the plan's roll-ups over its subtree ("12/15 huyện, thành Hội
// (80%)"), and one page of its children, each with its own cells and its subtree's tallies.
// The answer's size follows the page, not the subtree (issue 11; decision 21).
import { type IsoDate, rollupLabel, type UnitKind } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { periodForYear } from './evaluate-subtree.js';
import { loadPlanInForce } from './load-plan-in-force.js';
import {
  childrenPage,
  countedUnits,
  pathAbove,
  type ReadableUnits,
  resolveRoot,
} from './matrix/level-units.js';
import { type Tally, tallyLevel } from './matrix/tally-level.js';

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
  const [plan, root] = await Promise.all([
    loadPlanInForce(db, asOf),
    resolveRoot(db, readable, { rootId: query.rootId, defaultRootId }, asOf),
  ]);
  const year = query.year ?? Number(asOf.slice(0, 4));
  const periods = plan.indicators.map((indicator) => ({
    indicator,
    period: periodForYear(indicator, year, asOf),
  }));
  const kinds = [...new Set(plan.indicators.flatMap((i) => i.rollupKinds))] as UnitKind[];
  const [path, page, counted] = await Promise.all([
    pathAbove(db, readable, root.id, asOf),
    childrenPage(db, { parentId: root.id, asOf, after: query.after, limit: query.limit }),
    countedUnits(db, root.id, asOf, kinds),
  ]);
  const tally = await tallyLevel(db, {
    plan,
    periods,
    asOf,
    shown: [root, ...page.items],
    counted,
  });
  const none: Tally = { met: 0, applicable: 0 };
  const tallyOf = (tallies: Map<string, Tally> | undefined, code: string) =>
    tallies?.get(code) ?? none;
  const rollups = periods.map(({ indicator, period }) => {
    const { met, applicable } = tallyOf(tally.root, indicator.code);
    const kindList = [...indicator.rollupKinds];
    return {
      rootId: root.id,
      indicator: indicator.code,
      periodKey: period.key,
      // One kind stays a string, the shape roll-ups always had.
      kind: kindList.length === 1 ? (kindList[0] as UnitKind) : kindList,
      applicable,
      met,
      share: applicable === 0 ? 0 : met / applicable,
      label: rollupLabel(met, applicable, kindList),
    };
  });
  return {
    asOf,
    root,
    path,
    indicators: periods.map(({ indicator, period }) => ({
      code: indicator.code,
      shortTitle: indicator.shortTitle,
      title: indicator.title,
      clause: indicator.clause,
      target: indicator.target,
      appliesTo: indicator.appliesTo,
      rollupKinds: [...indicator.rollupKinds],
      period,
    })),
    self: { unit: root, cells: tally.cells.get(root.id) ?? {} },
    rollups,
    rows: page.items.map((unit) => ({
      unit,
      cells: tally.cells.get(unit.id) ?? {},
      rollups: Object.fromEntries(
        periods.map(({ indicator }) => [
          indicator.code,
          tallyOf(tally.byChild.get(unit.id), indicator.code),
        ]),
      ),
    })),
    childCount: page.total,
    nextCursor: page.nextCursor,
  };
}
