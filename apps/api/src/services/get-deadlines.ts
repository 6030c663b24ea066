// What is due soon or overdue, and for whom, under a subtree: the whole calendar, judged at
// once. Exports, digests and timed notices need all of it; the screens page it instead
// (page-deadlines.ts, decision 32), and the paging test holds pages to this.
import { deadlineCalendar } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { evaluateSubtree, type SubtreeQuery } from './evaluate-subtree.js';
import type { ReadableUnits } from './matrix/level-units.js';

export async function getDeadlines(
  db: Kysely<Database>,
  readable: ReadableUnits,
  defaultRootId: string,
  query: SubtreeQuery & { horizonDays: number },
) {
  const { units, evaluations, plan } = await evaluateSubtree(db, readable, defaultRootId, query);
  const completed = await db
    .selectFrom('deadline_submissions')
    .select(['unit_id as unitId', 'deadline_id as deadlineId'])
    .where('submitted_on', '<=', query.asOf)
    .execute();
  const items = deadlineCalendar({
    hierarchy: units,
    evaluations,
    today: query.asOf,
    horizonDays: query.horizonDays,
    completed,
    deadlines: plan.deadlines,
    indicators: plan.indicators,
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  return items.map((item) => {
    const unit = byId.get(item.unitId);
    return {
      ...item,
      unit: unit && { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
    };
  });
}
