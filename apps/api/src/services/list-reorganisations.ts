// Reorganisations, newest date first, and one by id with the units it changed.
import type { IsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database, ReorganisationWritten } from '../db/schema.js';
import { notFound } from '../errors.js';
import { toReorganisationDto } from './reorganisation-dto.js';

export async function listReorganisations(db: Kysely<Database>, today: IsoDate) {
  const rows = await db
    .selectFrom('reorganisations')
    .selectAll()
    .orderBy('effective_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => toReorganisationDto(r, today));
}

export async function getReorganisation(db: Kysely<Database>, id: string, today: IsoDate) {
  const row = await db
    .selectFrom('reorganisations')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound({ vi: 'Không tìm thấy đợt sắp xếp', en: 'Reorganisation not found' });
  const written = row.written as unknown as ReorganisationWritten;
  const ids = [...new Set([...written.createdUnitIds, ...written.touchedUnitIds])];
  const units =
    ids.length === 0
      ? []
      : await db
          .selectFrom('units')
          .select(['id', 'code', 'name', 'kind'])
          .where('id', 'in', ids)
          .orderBy('code')
          .execute();
  return { ...toReorganisationDto(row, today), units };
}
