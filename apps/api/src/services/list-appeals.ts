// The appeals of the units a user can see, newest first, with what each has received.
import type { IsoDate } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import { unitInScope } from '../access/unit-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { toAmount } from '../db/schema-giving.js';
import { toAppealDto } from './appeal-dto.js';
import { nameAsOf } from './unit-name-on.js';

export async function listAppeals(
  db: Kysely<Database>,
  who: { user: SessionUser; today: IsoDate },
) {
  const rows = await db
    .selectFrom('appeals as a')
    .innerJoin('units as un', 'un.id', 'a.unit_id')
    .selectAll('a')
    // Each appeal names its unit as it is called today: no screen needs the tree for it.
    .select(nameAsOf('un', who.today).as('unit_name'))
    .select((eb) =>
      eb
        .selectFrom('pledges as p')
        .select((e) => e.fn.coalesce(e.fn.sum('p.received_amount'), e.lit(0)).as('total'))
        .whereRef('p.appeal_id', '=', 'a.id')
        .as('received'),
    )
    .where(unitInScope('appeal.read', who.user, sql.ref('a.unit_id'), who.today))
    .orderBy('a.starts_on', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    ...toAppealDto(r),
    unitName: r.unit_name,
    receivedAmount: toAmount(r.received as never) ?? 0,
  }));
}
