// The governing body (cơ quan chủ quản) named above the issuing body in a Decree 30
// header: the Central Committee for the province's own report, the province for a unit's.
import type { IsoDate, UnitNode } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export const CENTRAL_COMMITTEE = 'TW HỘI CHỮ THẬP ĐỎ VIỆT NAM';

export async function governingBodyOf(
  db: Kysely<Database>,
  unit: UnitNode,
  asOf: IsoDate,
): Promise<string> {
  if (unit.kind === 'province') return CENTRAL_COMMITTEE;
  const province = await db
    .selectFrom('unit_ancestors as s')
    .innerJoin('units as p', 'p.id', 's.ancestor_id')
    .select('p.name')
    .where('s.unit_id', '=', unit.id)
    .where('p.kind', '=', 'province')
    .where('s.valid_from', '<=', asOf)
    .where((eb) => eb.or([eb('s.valid_to', 'is', null), eb('s.valid_to', '>', asOf)]))
    .executeTakeFirst();
  return province?.name ?? CENTRAL_COMMITTEE;
}
