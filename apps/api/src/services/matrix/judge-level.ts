// What every matrix level shares once its units are known: the plan and period of each
// indicator for the year, the tallies, and the answer's shape (roll-ups as the plan words
// them, a row per child with its own cells and its branch's met/applicable).
import {
  type IsoDate,
  type PlanDefinition,
  rollupLabel,
  type UnitKind,
  type UnitNode,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { periodForYear } from '../evaluate-subtree.js';
import type { CountedUnit } from './level-units.js';
import { type LevelTally, type Tally, tallyLevel } from './tally-level.js';

export function levelPeriods(plan: PlanDefinition, year: number, asOf: IsoDate) {
  return plan.indicators.map((indicator) => ({
    indicator,
    period: periodForYear(indicator, year, asOf),
  }));
}

/** Every kind some roll-up counts: the only units a level's tallies need judged. */
export const countedKinds = (plan: PlanDefinition) =>
  [...new Set(plan.indicators.flatMap((i) => i.rollupKinds))] as UnitKind[];

export interface LevelUnits {
  root: UnitNode | null;
  page: {
    items: (UnitNode & { hasChildren: boolean })[];
    nextCursor: string | null;
    total: number;
  };
  counted: readonly CountedUnit[];
}

export async function judgeLevel(
  db: Kysely<Database>,
  input: {
    plan: PlanDefinition;
    year: number;
    asOf: IsoDate;
    level: LevelUnits;
    /** Tallies judged already (the national overview keeps them per province). */
    tally?: LevelTally;
  },
) {
  const { plan, asOf, level } = input;
  const { root, page, counted } = level;
  const periods = levelPeriods(plan, input.year, asOf);
  const shown = root ? [root, ...page.items] : page.items;
  const tally = input.tally ?? (await tallyLevel(db, { plan, periods, asOf, shown, counted }));
  const none: Tally = { met: 0, applicable: 0 };
  const tallyOf = (tallies: Map<string, Tally> | undefined, code: string) =>
    tallies?.get(code) ?? none;
  return {
    asOf,
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
    rollups: periods.map(({ indicator, period }) => {
      const { met, applicable } = tallyOf(tally.root, indicator.code);
      const kinds = [...indicator.rollupKinds];
      return {
        indicator: indicator.code,
        periodKey: period.key,
        // One kind stays a string, the shape roll-ups always had.
        kind: kinds.length === 1 ? (kinds[0] as UnitKind) : kinds,
        applicable,
        met,
        share: applicable === 0 ? 0 : met / applicable,
        label: rollupLabel(met, applicable, kinds),
      };
    }),
    cellsOf: (unitId: string) => tally.cells.get(unitId) ?? {},
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
