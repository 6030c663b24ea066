// The ambassadors of the caller's province (and every province's for Central), by name,
// with contacts masked for roles the policy does not let see them.
import { seesContacts } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import { ownedInScope } from '../access/province-owned.js';
import type { Database } from '../db/schema.js';
import { toAmbassadorDto } from './ambassador-dto.js';

/** A province has a few dozen ambassadors; the cap only bounds the answer. */
const MAX_AMBASSADORS = 1000;

export async function listAmbassadors(db: Kysely<Database>, scope: Scope) {
  const rows = await db
    .selectFrom('ambassadors')
    .selectAll()
    .where(ownedInScope('ambassador.read', scope, sql.ref('province_id')))
    .orderBy('name')
    .orderBy('id')
    .limit(MAX_AMBASSADORS)
    .execute();
  const unmasked = seesContacts(scope.user.role, 'ambassador');
  return rows.map((row) => toAmbassadorDto(row, unmasked));
}
