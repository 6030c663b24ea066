// The unit tree as it stood on a date: units open that day, each with the parent link
// valid that day. History is never rewritten, so any past date gives that day's tree.
import { type IsoDate, sortUnitsAsTree, type UnitKind, type UnitNode } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Units open on `asOf`, each with its parent link of that day: the one dated query every
 *  reader of the tree narrows (by code, say) rather than writes again. */
export function datedUnits(db: Kysely<Database>, asOf: IsoDate) {
  return (
    db
      .selectFrom('units as u')
      .leftJoin('unit_links as l', (join) =>
        join
          .onRef('l.unit_id', '=', 'u.id')
          .on('l.valid_from', '<=', asOf)
          .on((eb) => eb.or([eb('l.valid_to', 'is', null), eb('l.valid_to', '>', asOf)])),
      )
      // A dated rename (decision 18): the latest name from that day or before, else the unit's
      // own. A join on the names in force, not a sub-select per unit: few units are renamed.
      .leftJoin(
        (eb) =>
          eb
            .selectFrom('unit_names')
            .distinctOn('unit_id')
            .select(['unit_id', 'name', 'folded_name'])
            .where('valid_from', '<=', asOf)
            .orderBy('unit_id')
            .orderBy('valid_from', 'desc')
            .as('n'),
        (join) => join.onRef('n.unit_id', '=', 'u.id'),
      )
      .select((eb) => [
        'u.id',
        'u.code',
        eb.fn.coalesce('n.name', 'u.name').as('name'),
        'u.kind',
        'u.opened_on',
        'u.closed_on',
        'u.is_sample',
        'l.parent_id',
      ])
      .where('u.opened_on', '<=', asOf)
      .where((eb) => eb.or([eb('u.closed_on', 'is', null), eb('u.closed_on', '>', asOf)]))
  );
}

type DatedUnitRow = Awaited<ReturnType<ReturnType<typeof datedUnits>['executeTakeFirstOrThrow']>>;

export const toUnitNode = (r: DatedUnitRow): UnitNode => ({
  id: r.id,
  code: r.code,
  name: r.name,
  kind: r.kind as UnitKind,
  parentId: r.parent_id ?? null,
  openedOn: r.opened_on,
  closedOn: r.closed_on,
  isSample: r.is_sample,
});

export async function getHierarchy(db: Kysely<Database>, asOf: IsoDate): Promise<UnitNode[]> {
  return sortUnitsAsTree((await datedUnits(db, asOf).execute()).map(toUnitNode));
}
