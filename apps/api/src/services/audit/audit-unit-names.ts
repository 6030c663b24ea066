// The audit page names units where events hold their ids (a user's unit, a unit's parent,
// what a closed unit merged or split into): each as it was called on the event's day
// (Vietnam time) — its latest dated rename from that day or before (`unit_names`,
// decision 18), else `units.name`, the rule of `nameOn`. One query for a whole page: every
// unit the page mentions, with its dated names; only units the reader may see are named.
import { type IsoDate, todayInVietnam } from '@lantoa/domain';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.js';

/** Fields of an event's before/after that hold unit ids (one, or a list). */
export const UNIT_FIELD =
  /^(unit_?id|parent_?id|merged_?into|split_?into|successor_?id|successors)$/i;

/** The unit id(s) a field's value holds, if it is a unit field. */
export function unitIdsIn(field: string, value: unknown): string[] {
  if (!UNIT_FIELD.test(field)) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string' && v !== '');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type UnitNameOn = (unitId: string, day: IsoDate) => string | null;

/** The Vietnamese calendar day of an instant (an event's `at`). */
export const dayOf = (at: string): IsoDate => todayInVietnam(new Date(at));

export async function unitNamesOn(
  db: Kysely<Database>,
  unitIds: readonly string[],
  /** Over `u` (a unit row): whether the reader may see it. */
  isReadable: RawBuilder<boolean>,
): Promise<UnitNameOn> {
  // Ids come from stored JSON: what is not shaped as a unit id names nothing.
  const ids = [...new Set(unitIds)].filter((id) => UUID.test(id));
  if (ids.length === 0) return () => null;
  const rows = await db
    .selectFrom('units as u')
    .leftJoin('unit_names as n', 'n.unit_id', 'u.id')
    .select([
      'u.id',
      'u.name',
      sql<{ name: string; validFrom: string }[]>`COALESCE(
        json_agg(json_build_object('name', n.name, 'validFrom', n.valid_from::text)
          ORDER BY n.valid_from DESC) FILTER (WHERE n.id IS NOT NULL),
        '[]'::json)`.as('renames'),
    ])
    .where('u.id', 'in', ids)
    .where(isReadable)
    .groupBy(['u.id', 'u.name'])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (unitId, day) => {
    const row = byId.get(unitId);
    if (!row) return null;
    return row.renames.find((n) => n.validFrom <= day)?.name ?? row.name;
  };
}
