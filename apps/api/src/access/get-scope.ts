// The caller's unit scope, resolved once per call by the procedure middleware: the units
// the policy lets them read today (the province's roles: every unit that ever existed, so
// views "as of" an earlier date still reach closed ones), and where their views start.
// Out-of-scope units answer NOT_FOUND, so a probe cannot learn they exist.
import { type IsoDate, relationsFor } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { unitInScope } from './unit-scope.js';

export interface Scope {
  user: SessionUser;
  today: IsoDate;
  isProvinceWide: boolean;
  /** Units the user may read. */
  unitIds: Set<string>;
  /** Where the user's views start: the province for province-wide roles, else their unit. */
  homeUnitId: string;
}

export async function getScope(
  db: Kysely<Database>,
  user: SessionUser,
  today: IsoDate,
): Promise<Scope> {
  const isProvinceWide = relationsFor(user.role, 'unit.read').includes('other');
  const [visible, root] = await Promise.all([
    db
      .selectFrom('units')
      .select('id')
      .where(unitInScope('unit.read', user, sql.ref('units.id'), today))
      .execute(),
    isProvinceWide ? provinceRoot(db, today) : undefined,
  ]);
  const unitIds = new Set(visible.map((u) => u.id));
  return { user, today, isProvinceWide, unitIds, homeUnitId: root ?? user.unitId };
}

/** Today's root unit: open, and linked under nothing. */
async function provinceRoot(db: Kysely<Database>, today: IsoDate) {
  const row = await db
    .selectFrom('unit_ancestors as s')
    .select('s.unit_id')
    .where('s.depth', '=', 0)
    .where('s.valid_from', '<=', today)
    .where((eb) => eb.or([eb('s.valid_to', 'is', null), eb('s.valid_to', '>', today)]))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('unit_ancestors as p')
            .select('p.depth')
            .whereRef('p.unit_id', '=', 's.unit_id')
            .where('p.depth', '=', 1)
            .where('p.valid_from', '<=', today)
            .where((eb) => eb.or([eb('p.valid_to', 'is', null), eb('p.valid_to', '>', today)])),
        ),
      ),
    )
    .orderBy('s.valid_from')
    .executeTakeFirst();
  return row?.unit_id;
}
