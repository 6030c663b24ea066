// Shared by the ambassador services: refuse to add to an erased profile, or to reach
// another province's (decision 20).
import type { Action } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import { ownedInScope } from '../access/province-owned.js';
import type { Database } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';

export async function assertLiveAmbassador(trx: Kysely<Database>, id: string) {
  const row = await trx
    .selectFrom('ambassadors')
    .select(['id', 'erased_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound({ vi: 'Không tìm thấy đại sứ', en: 'Ambassador not found' });
  if (row.erased_at)
    throw new AppError('CONFLICT', {
      vi: 'Dữ liệu của đại sứ này đã bị xóa theo yêu cầu',
      en: "This ambassador's data was erased on request",
    });
}

const NOT_FOUND = { vi: 'Không tìm thấy đại sứ', en: 'Ambassador not found' };

/** The ambassador (or the consent's ambassador) is the caller's province's: else NOT_FOUND. */
export async function assertAmbassadorInScope(
  db: Kysely<Database>,
  scope: Pick<Scope, 'user' | 'provinceId'>,
  action: Action,
  target: { id: string } | { consentId: string },
) {
  const row = await db
    .selectFrom('ambassadors as a')
    .select('a.id')
    .where((eb) =>
      'id' in target
        ? eb('a.id', '=', target.id)
        : eb(
            'a.id',
            '=',
            eb
              .selectFrom('ambassador_consents')
              .select('ambassador_id')
              .where('id', '=', target.consentId),
          ),
    )
    .where(ownedInScope(action, scope, sql.ref('a.province_id')))
    .executeTakeFirst();
  if (!row) throw notFound(NOT_FOUND);
}
