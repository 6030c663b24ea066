// An appeal's pledges for reconciliation, newest first; contacts only for roles that may
// see them (appeal-dto).
import { type Role, seesContacts } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { toPledgeDto } from './appeal-dto.js';

export async function listAppealPledges(db: Kysely<Database>, role: Role, appealId: string) {
  const unmasked = seesContacts(role, 'pledge');
  const rows = await db
    .selectFrom('pledges')
    .selectAll()
    .where('appeal_id', '=', appealId)
    .orderBy('created_at', 'desc')
    .limit(5_000)
    .execute();
  return rows.map((r) => toPledgeDto(r, unmasked));
}
