// Shared by the ambassador services: refuse to add to an erased profile.
import type { Kysely } from 'kysely';
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
