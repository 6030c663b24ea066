// The write-path scope check without loading the whole tree: walk up from the target unit
// along today's parent links and see whether the user's own unit is on the way. Same answer
// as getScope + assertCanEditUnitData (decision 3): unknown or out-of-scope units are
// NOT_FOUND, roles that may not write are FORBIDDEN. One indexed query per call.
import type { IsoDate } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { forbidden, notFound } from '../errors.js';

const MAX_DEPTH = 32;
const UNIT_NOT_FOUND = { vi: 'Không tìm thấy đơn vị', en: 'Unit not found' };

export async function assertCanEditUnit(
  db: Kysely<Database>,
  user: SessionUser,
  unitId: string,
  today: IsoDate,
) {
  if (user.role !== 'admin' && user.role !== 'cadre') throw forbidden();
  if (user.role === 'admin') {
    const unit = await db
      .selectFrom('units')
      .select('id')
      .where('id', '=', unitId)
      .executeTakeFirst();
    if (!unit) throw notFound(UNIT_NOT_FOUND);
    return;
  }
  const isOpen = sql<boolean>`u.opened_on <= ${today}::date AND (u.closed_on IS NULL OR u.closed_on > ${today}::date)`;
  // biome-ignore lint/suspicious/noExplicitAny: a recursive CTE Kysely cannot type from the schema.
  const found = await (db as unknown as Kysely<any>)
    .withRecursive('up(id, depth)', (qb) =>
      qb
        .selectFrom('units as u')
        .select(['u.id', sql<number>`0`.as('depth')])
        .where('u.id', '=', unitId)
        .where(isOpen)
        .unionAll((q) =>
          q
            .selectFrom('unit_links as l')
            .innerJoin('up', 'up.id', 'l.unit_id')
            .select(['l.parent_id as id', sql<number>`up.depth + 1`.as('depth')])
            .where('l.valid_from', '<=', today)
            .where((eb) => eb.or([eb('l.valid_to', 'is', null), eb('l.valid_to', '>', today)]))
            .where('up.depth', '<', MAX_DEPTH),
        ),
    )
    .selectFrom('up')
    .innerJoin('units as u', 'u.id', 'up.id')
    .select('up.id')
    .where('up.id', '=', user.unitId)
    .where(isOpen)
    .executeTakeFirst();
  if (!found) throw notFound(UNIT_NOT_FOUND);
}
