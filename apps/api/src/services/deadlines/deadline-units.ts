// The units a deadlines page walks, read in SQL over the dated ancestor table: the root's
// subtree on the day, only the kinds that owe something of a due date, in (code, id) order
// from a place on, a chunk at a time. Order and cursor are the database's (its collation),
// so a page never sorts more than the chunk it holds.
import type { IsoDate, UnitKind, UnitNode } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { datedUnits, toUnitNode } from '../get-hierarchy.js';
import type { ReadableUnits } from '../matrix/level-units.js';
import type { DeadlineGroup } from './deadline-groups.js';

/** A unit's place in the walk: the walk goes on from it, itself included or not. */
export interface UnitPlace {
  code: string;
  id: string;
  isInclusive: boolean;
}

/** The unit filter lists at most this many units. */
const MAX_FACET_UNITS = 500;

function subtreeOf(db: Kysely<Database>, rootId: string, asOf: IsoDate, kinds: UnitKind[]) {
  return datedUnits(db, asOf)
    .innerJoin('unit_ancestors as a', 'a.unit_id', 'u.id')
    .where('a.ancestor_id', '=', rootId)
    .where('a.valid_from', '<=', asOf)
    .where((eb) => eb.or([eb('a.valid_to', 'is', null), eb('a.valid_to', '>', asOf)]))
    .where('u.kind', 'in', kinds)
    .orderBy('u.code')
    .orderBy('u.id');
}

/** Up to `limit` units from `from` on; `read` counts rows judged or not (some may be out of
 *  reach), `last` is where the next chunk starts (null: the walk is over). */
export async function deadlineUnitChunk(
  db: Kysely<Database>,
  readable: ReadableUnits,
  query: {
    rootId: string;
    asOf: IsoDate;
    kinds: UnitKind[];
    unitId?: string | undefined;
    from: UnitPlace | null;
    limit: number;
  },
): Promise<{ units: UnitNode[]; read: number; last: { code: string; id: string } | null }> {
  const { from } = query;
  if (query.kinds.length === 0) return { units: [], read: 0, last: null };
  const rows = await subtreeOf(db, query.rootId, query.asOf, query.kinds)
    .$if(query.unitId !== undefined, (qb) => qb.where('u.id', '=', query.unitId as string))
    .$if(from !== null, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('u.code', '>', from?.code ?? ''),
          eb.and([
            eb('u.code', '=', from?.code ?? ''),
            eb('u.id', from?.isInclusive ? '>=' : '>', from?.id ?? ''),
          ]),
        ]),
      ),
    )
    .limit(query.limit)
    .execute();
  // A unit that moved to another province since that day is that province's now.
  const inReach = await readable(rows.map((r) => r.id));
  const last = rows[rows.length - 1];
  return {
    units: rows.filter((r) => inReach.has(r.id)).map(toUnitNode),
    read: rows.length,
    last: rows.length === query.limit && last ? { code: last.code, id: last.id } : null,
  };
}

/** The unit filter's choices: the first units of the subtree whose kind owes something on
 *  the list (whether or not they are late), without judging any. */
export async function unitsOwing(
  db: Kysely<Database>,
  readable: ReadableUnits,
  query: { rootId: string; asOf: IsoDate; groups: readonly DeadlineGroup[] },
): Promise<{ id: string; name: string }[]> {
  const kinds = [...new Set(query.groups.flatMap((g) => g.kinds))];
  if (kinds.length === 0) return [];
  const rows = await subtreeOf(db, query.rootId, query.asOf, kinds)
    .limit(MAX_FACET_UNITS)
    .execute();
  const inReach = await readable(rows.map((r) => r.id));
  return rows.filter((r) => inReach.has(r.id)).map((r) => ({ id: r.id, name: r.name }));
}
