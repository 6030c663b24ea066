// The unit tree as it stood on a date: units open that day, each with the parent link
// valid that day. History is never rewritten, so any past date gives that day's tree.
import { type IsoDate, sortUnitsAsTree, type UnitKind, type UnitNode } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export async function getHierarchy(db: Kysely<Database>, asOf: IsoDate): Promise<UnitNode[]> {
  const rows = await db
    .selectFrom('units as u')
    .leftJoin('unit_links as l', (join) =>
      join
        .onRef('l.unit_id', '=', 'u.id')
        .on('l.valid_from', '<=', asOf)
        .on((eb) => eb.or([eb('l.valid_to', 'is', null), eb('l.valid_to', '>', asOf)])),
    )
    .select([
      'u.id',
      'u.code',
      'u.name',
      'u.kind',
      'u.opened_on',
      'u.closed_on',
      'u.is_sample',
      'l.parent_id',
    ])
    .where('u.opened_on', '<=', asOf)
    .where((eb) => eb.or([eb('u.closed_on', 'is', null), eb('u.closed_on', '>', asOf)]))
    .execute();
  return sortUnitsAsTree(
    rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind as UnitKind,
      parentId: r.parent_id ?? null,
      openedOn: r.opened_on,
      closedOn: r.closed_on,
      isSample: r.is_sample,
    })),
  );
}
