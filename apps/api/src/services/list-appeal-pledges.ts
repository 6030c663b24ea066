// An appeal's pledges for reconciliation, newest first; contacts only for roles that may
// see them (appeal-dto).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { toPledgeDto } from './appeal-dto.js';

export async function listAppealPledges(
  db: Kysely<Database>,
  appealId: string,
  canSeeContacts: boolean,
) {
  const rows = await db
    .selectFrom('pledges')
    .selectAll()
    .where('appeal_id', '=', appealId)
    .orderBy('created_at', 'desc')
    .limit(5_000)
    .execute();
  return rows.map((r) => toPledgeDto(r, canSeeContacts));
}
