// Everything held about one ambassador, for a subject access request.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';

export async function exportAmbassadorData(db: Kysely<Database>, id: string) {
  const profile = await db
    .selectFrom('ambassadors')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!profile) throw notFound({ vi: 'Không tìm thấy đại sứ', en: 'Ambassador not found' });
  const [units, appearances, consents] = await Promise.all([
    db
      .selectFrom('ambassador_units as a')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .select(['u.code', 'u.name', 'a.program'])
      .where('a.ambassador_id', '=', id)
      .execute(),
    db
      .selectFrom('ambassador_appearances')
      .selectAll()
      .where('ambassador_id', '=', id)
      .orderBy('appeared_on')
      .execute(),
    db
      .selectFrom('ambassador_consents')
      .selectAll()
      .where('ambassador_id', '=', id)
      .orderBy('consented_on')
      .execute(),
  ]);
  return { exportedAt: new Date().toISOString(), profile, units, appearances, consents };
}
