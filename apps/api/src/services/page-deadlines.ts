// The deadlines screen's list, a page at a time: overdue first, then by due date, unit and
// obligation, optionally of one unit or one indicator. The work follows the page, not the
// subtree (decision 32): due dates come from the plan, so the list is walked one due date
// at a time, its units in the database's (code, id) order from the cursor on, judged a
// chunk at a time with their own facts only, until the page is full or the page's budget
// of judged units is spent; the cursor then says where the next page resumes.
import {
  deadlineCalendar,
  evaluate,
  type IndicatorCode,
  type PlanDefinition,
  type UnitNode,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { type DeadlineGroup, deadlineGroups } from './deadlines/deadline-groups.js';
import { deadlineUnitChunk, type UnitPlace, unitsOwing } from './deadlines/deadline-units.js';
import type { SubtreeQuery } from './evaluate-subtree.js';
import { loadFacts } from './load-facts.js';
import { loadPlanInForce } from './load-plan-in-force.js';
import { type ReadableUnits, resolveRoot } from './matrix/level-units.js';
import { encodeCursor } from './paging/page-cursor.js';

/** Overdue first (0), then due soon (1); by date; by unit code and id; by obligation. */
export type DeadlineKey = [number, string, string, string, string, string];

/** Units read and judged per round trip. */
const CHUNK = 250;
/** At most this many units are judged for one page: a sparse list returns a short page
 *  and a cursor rather than judging a whole province at once. */
export const JUDGED_PER_PAGE = 2000;
/** Sorts after every obligation: a cursor placed after all of a unit's items. */
const PAST_UNIT = '\uffff';
/** With an empty code, a cursor placed before a group's first unit. */
const NIL_ID = '00000000-0000-0000-0000-000000000000';

export interface DeadlinesPageQuery extends SubtreeQuery {
  horizonDays: number;
  unitId?: string | undefined;
  indicator?: IndicatorCode | undefined;
  after?: DeadlineKey | undefined;
  limit: number;
  /** Units judged at most for this page (tests make it small); JUDGED_PER_PAGE by default. */
  budget?: number | undefined;
}

type Item = ReturnType<typeof deadlineCalendar>[number] & {
  unit: { id: string; code: string; name: string; kind: string };
};

const tag = (item: Item) => item.indicator ?? item.deadlineId ?? '';
const keyOf = (g: DeadlineGroup, item: Item): DeadlineKey => [
  g.rank,
  g.due,
  item.unit.code,
  item.unitId,
  tag(item),
  item.periodKey ?? '',
];
/** Where a group stands from the cursor: before its group (-1), its group (0), after (1). */
function placeOf(group: DeadlineGroup, after: DeadlineKey | undefined): number {
  if (!after) return 1;
  if (group.rank !== after[0]) return group.rank < after[0] ? -1 : 1;
  return group.due < after[1] ? -1 : group.due > after[1] ? 1 : 0;
}

/** The cursor of a page cut short by its budget: the unit the walk would read next. */
function resumeKey(
  group: DeadlineGroup,
  from: UnitPlace | null,
  after: DeadlineKey | undefined,
): DeadlineKey {
  if (from?.isInclusive && after) return after;
  if (from) return [group.rank, group.due, from.code, from.id, PAST_UNIT, ''];
  return [group.rank, group.due, '', NIL_ID, '', ''];
}

const afterInUnit = (item: Item, after: DeadlineKey) => {
  const [obligation, period] = [tag(item), item.periodKey ?? ''];
  return obligation > after[4] || (obligation === after[4] && period > after[5]);
};

/** The group's items for a chunk of units, in the chunk's (unit) order. */
async function judgeChunk(
  db: Kysely<Database>,
  input: { group: DeadlineGroup; plan: PlanDefinition; units: UnitNode[]; asOf: string },
  { horizonDays }: { horizonDays: number },
): Promise<Item[]> {
  const { group, plan, units, asOf } = input;
  if (units.length === 0) return [];
  const ids = units.map((u) => u.id);
  const periodKeys = [...new Set(group.indicators.map((i) => i.periodKey))];
  const chosen = new Set(group.indicators.map((i) => `${i.indicator.code}|${i.periodKey}`));
  const [facts, completed] = await Promise.all([
    group.indicators.length > 0 ? loadFacts(db, { unitIds: ids, periodKeys, asOf }) : [],
    db
      .selectFrom('deadline_submissions')
      .select(['unit_id as unitId', 'deadline_id as deadlineId'])
      .where('unit_id', 'in', ids)
      .where('submitted_on', '<=', asOf)
      .execute(),
  ]);
  const evaluations = evaluate({
    units,
    facts,
    today: asOf,
    plan,
    periodKeys,
    indicators: group.indicators.map((i) => i.indicator.code),
  }).filter((e) => chosen.has(`${e.indicator}|${e.periodKey}`));
  const order = new Map(units.map((u, i) => [u.id, i]));
  const byId = new Map(units.map((u) => [u.id, u]));
  return deadlineCalendar({
    hierarchy: units,
    evaluations,
    today: asOf,
    horizonDays,
    completed,
    deadlines: group.deadlines,
    indicators: plan.indicators,
  })
    .map((item) => {
      const u = byId.get(item.unitId) as UnitNode;
      return { ...item, unit: { id: u.id, code: u.code, name: u.name, kind: u.kind } };
    })
    .sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
}

export async function pageDeadlines(
  db: Kysely<Database>,
  readable: ReadableUnits,
  defaultRootId: string,
  query: DeadlinesPageQuery,
) {
  const { asOf, after, limit } = query;
  const root = await resolveRoot(db, readable, { rootId: query.rootId, defaultRootId }, asOf);
  const plan = await loadPlanInForce(db, asOf, root.id);
  const year = query.year ?? Number(asOf.slice(0, 4));
  const groups = deadlineGroups(plan, { ...query, year });
  const found: { item: Item; key: DeadlineKey }[] = [];
  let judged = 0;
  let resumeAt: DeadlineKey | null = null;
  const budget = query.budget ?? JUDGED_PER_PAGE;
  walk: for (const group of groups) {
    const place = placeOf(group, after);
    if (place < 0) continue; // before the cursor's group: done on earlier pages
    // The cursor's group resumes at the cursor's unit (its remaining items), others start.
    let from: UnitPlace | null =
      place === 0 && after ? { code: after[2], id: after[3], isInclusive: true } : null;
    for (;;) {
      if (judged >= budget) {
        resumeAt = resumeKey(group, from, after);
        break walk;
      }
      const chunk = await deadlineUnitChunk(db, readable, {
        rootId: root.id,
        asOf,
        kinds: group.kinds,
        unitId: query.unitId,
        from,
        limit: Math.min(CHUNK, budget - judged),
      });
      judged += chunk.read;
      const items = await judgeChunk(db, { group, plan, units: chunk.units, asOf }, query);
      for (const item of items) {
        if (place === 0 && after && item.unitId === after[3] && !afterInUnit(item, after)) continue;
        found.push({ item, key: keyOf(group, item) });
        if (found.length > limit) break walk;
      }
      if (!chunk.last) break;
      from = { ...chunk.last, isInclusive: false };
    }
  }
  const page = found.slice(0, limit);
  const lastKey = page[page.length - 1]?.key;
  const nextKey = (found.length > limit ? lastKey : resumeAt) ?? null;
  const isWhole = !after && nextKey === null;
  return {
    items: page.map(({ item }) => item),
    nextCursor: nextKey ? encodeCursor(nextKey) : null,
    // Counting would judge the whole subtree: known only when this answer is the whole list.
    total: isWhole ? page.length : null,
    overdue: isWhole ? page.filter(({ key }) => key[0] === 0).length : null,
    units: after ? [] : await unitsOwing(db, readable, { rootId: root.id, asOf, groups }),
  };
}
