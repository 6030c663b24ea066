// The deadlines screen's list, a page at a time: overdue first, then by due date, unit and
// obligation, optionally of one unit or one indicator. The calendar is computed over the
// subtree (as the matrix is); what goes over the wire is one page, its total, and the
// units that have items (for the unit filter), so the answer stays small on a phone.
import type { IndicatorCode } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { SubtreeQuery } from './evaluate-subtree.js';
import { getDeadlines } from './get-deadlines.js';
import type { ReadableUnits } from './matrix/level-units.js';
import { encodeCursor } from './paging/page-cursor.js';

type Item = Awaited<ReturnType<typeof getDeadlines>>[number];
/** Overdue first (0), then due soon (1); by date; by unit code and id; by obligation. */
export type DeadlineKey = [number, string, string, string, string, string];

/** The unit filter lists at most this many units (those with the most urgent items). */
const MAX_FACET_UNITS = 500;

export interface DeadlinesPageQuery extends SubtreeQuery {
  horizonDays: number;
  unitId?: string | undefined;
  indicator?: IndicatorCode | undefined;
  after?: DeadlineKey | undefined;
  limit: number;
}

const keyOf = (item: Item): DeadlineKey => [
  item.state === 'overdue' ? 0 : 1,
  item.due,
  item.unit?.code ?? '',
  item.unitId,
  item.indicator ?? item.deadlineId ?? '',
  item.periodKey ?? '',
];

function compareKeys(a: DeadlineKey, b: DeadlineKey): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

export async function pageDeadlines(
  db: Kysely<Database>,
  readable: ReadableUnits,
  defaultRootId: string,
  query: DeadlinesPageQuery,
) {
  const { unitId, indicator, after, limit, ...subtree } = query;
  const all = (await getDeadlines(db, readable, defaultRootId, subtree))
    .map((item) => ({ item, key: keyOf(item) }))
    .sort((a, b) => compareKeys(a.key, b.key));
  const units = new Map<string, { id: string; name: string }>();
  for (const { item } of all)
    if (item.unit && units.size < MAX_FACET_UNITS) units.set(item.unit.id, item.unit);
  const chosen = all.filter(
    ({ item }) =>
      (!unitId || item.unitId === unitId) && (!indicator || item.indicator === indicator),
  );
  const start = after ? chosen.filter(({ key }) => compareKeys(key, after) > 0) : chosen;
  const page = start.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ item }) => item),
    nextCursor: start.length > limit && last ? encodeCursor(last.key) : null,
    total: chosen.length,
    overdue: chosen.filter(({ key }) => key[0] === 0).length,
    units: [...units.values()].map((u) => ({ id: u.id, name: u.name })),
  };
}
