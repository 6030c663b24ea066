// One ambassador's profile: units, appearances and (for roles that see contacts) the
// consents on file. Out of the caller's province reads as not found.
import { seesContacts } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import { ownedInScope } from '../access/province-owned.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { toAmbassadorDto } from './ambassador-dto.js';
import { nameAsOf } from './unit-name-on.js';

export async function getAmbassador(db: Kysely<Database>, scope: Scope, id: string) {
  const row = await db
    .selectFrom('ambassadors')
    .selectAll()
    .where('id', '=', id)
    .where(ownedInScope('ambassador.read', scope, sql.ref('province_id')))
    .executeTakeFirst();
  if (!row) throw notFound({ vi: 'Không tìm thấy đại sứ', en: 'Ambassador not found' });
  const unmasked = seesContacts(scope.user.role, 'ambassador');
  const [units, appearances, consents] = await Promise.all([
    db
      .selectFrom('ambassador_units as a')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      // Named as they are called today (a dated rename, decision 18).
      .select(['u.id', 'u.code', nameAsOf('u', scope.today).as('name'), 'a.program'])
      .where('a.ambassador_id', '=', row.id)
      .execute(),
    db
      .selectFrom('ambassador_appearances')
      .selectAll()
      .where('ambassador_id', '=', row.id)
      .orderBy('appeared_on', 'desc')
      .execute(),
    // Consents name the person and how they agreed: personal data, like the contacts.
    unmasked
      ? db
          .selectFrom('ambassador_consents')
          .selectAll()
          .where('ambassador_id', '=', row.id)
          .orderBy('consented_on', 'desc')
          .execute()
      : Promise.resolve([]),
  ]);
  return { ...toAmbassadorDto(row, unmasked), units, appearances, consents };
}
