// The appeals of the units a user can see, newest first, with what each has received.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { toAmount } from '../db/schema-giving.js';
import { toAppealDto } from './appeal-dto.js';

export async function listAppeals(db: Kysely<Database>, visible: (unitId: string) => boolean) {
  const rows = await db
    .selectFrom('appeals as a')
    .selectAll('a')
    .select((eb) =>
      eb
        .selectFrom('pledges as p')
        .select((e) => e.fn.coalesce(e.fn.sum('p.received_amount'), e.lit(0)).as('total'))
        .whereRef('p.appeal_id', '=', 'a.id')
        .as('received'),
    )
    .orderBy('a.starts_on', 'desc')
    .limit(500)
    .execute();
  return rows
    .filter((r) => visible(r.unit_id))
    .map((r) => ({ ...toAppealDto(r), receivedAmount: toAmount(r.received as never) ?? 0 }));
}
