// Every record of one unit, grouped by kind, for the unit page.
import { RECORD_KINDS, type RecordKind } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { type AnyDb, RECORD_KIND_DEFS, toRecordDto } from './record-kinds.js';

export async function listUnitRecords(
  db: Kysely<Database>,
  visible: (unitId: string) => boolean,
  unitId: string,
) {
  if (!visible(unitId)) throw notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
  const lists = await Promise.all(
    RECORD_KINDS.map(async (kind) => {
      const rows = await (db as AnyDb)
        .selectFrom(RECORD_KIND_DEFS[kind].table)
        .selectAll()
        .where('unit_id', '=', unitId)
        .orderBy('created_at', 'desc')
        .limit(500)
        .execute();
      return [kind, rows.map((row) => toRecordDto(kind, row))] as const;
    }),
  );
  return Object.fromEntries(lists) as Record<RecordKind, ReturnType<typeof toRecordDto>[]>;
}
