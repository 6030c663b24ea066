// The dashboard's matrix: units × indicators for one year over a subtree, with the plan's
// roll-ups ("12/15 huyện, thành Hội (80%)") for the root and for each of its children.
import { type Bilingual, type ComplianceState, rollup, rollupByChild } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Readable } from '../access/readable-units.js';
import type { Database } from '../db/schema.js';
import { evaluateSubtree, type SubtreeQuery } from './evaluate-subtree.js';

export interface MatrixCell {
  state: ComplianceState;
  reason: Bilingual;
  periodKey: string;
  due: string;
}

export async function getMatrix(
  db: Kysely<Database>,
  readable: Readable,
  defaultRootId: string,
  query: SubtreeQuery,
) {
  const { root, units, periods, evaluations, plan } = await evaluateSubtree(
    db,
    readable,
    defaultRootId,
    query,
  );
  const cells = new Map<string, Record<string, MatrixCell>>();
  for (const e of evaluations) {
    const row = cells.get(e.unitId) ?? {};
    row[e.indicator] = { state: e.state, reason: e.reason, periodKey: e.periodKey, due: e.due };
    cells.set(e.unitId, row);
  }
  const rollups = periods.map(({ indicator, period }) => {
    const input = {
      units,
      evaluations,
      rootId: root.id,
      indicator: indicator.code,
      periodKey: period.key,
      // Roll-ups count the kinds in force that day: communes, not districts, after 01/07/2025.
      indicators: plan.indicators,
    };
    return { ...rollup(input), byChild: rollupByChild(input) };
  });
  return {
    asOf: query.asOf,
    root,
    indicators: periods.map(({ indicator, period }) => ({
      code: indicator.code,
      shortTitle: indicator.shortTitle,
      title: indicator.title,
      clause: indicator.clause,
      target: indicator.target,
      appliesTo: indicator.appliesTo,
      period,
    })),
    rows: units.map((unit) => ({ unit, cells: cells.get(unit.id) ?? {} })),
    rollups,
  };
}
