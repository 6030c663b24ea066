// Every record of one unit, grouped by kind, for the unit page; "as of" a day, only what
// had happened by then (each kind by its own date), so an earlier day's page shows that day.
import { type IsoDate, RECORD_KINDS, type RecordKind } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Readable } from '../access/readable-units.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { toFileDto } from './evidence-file.js';
import { type AnyDb, RECORD_KIND_DEFS, toRecordDto } from './record-kinds.js';

/** The day each kind of record happened on. */
const DATED_BY: Record<RecordKind, string> = {
  training_course: 'held_on',
  code_of_conduct_session: 'held_on',
  communication_staff: 'since',
  facebook_page: 'created_on',
  publication: 'published_on',
  app_milestone: 'reached_on',
  campaign_participation: 'participated_on',
};

export async function listUnitRecords(
  db: Kysely<Database>,
  readable: Readable,
  unitId: string,
  asOf?: IsoDate,
) {
  if (!(await readable([unitId])).has(unitId))
    throw notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
  const lists = await Promise.all(
    RECORD_KINDS.map(async (kind) => {
      const rows = await (db as AnyDb)
        .selectFrom(RECORD_KIND_DEFS[kind].table)
        .selectAll()
        .where('unit_id', '=', unitId)
        .$if(asOf !== undefined, (qb) => qb.where(DATED_BY[kind], '<=', asOf))
        .orderBy('created_at', 'desc')
        .limit(500)
        .execute();
      return [kind, rows.map((row) => toRecordDto(kind, row))] as const;
    }),
  );
  const records = Object.fromEntries(lists) as Record<RecordKind, RecordDto[]>;
  // Publications carry their archived files (names and sizes; the bytes download apart).
  const ids = records.publication.map((p) => p.id);
  const files =
    ids.length === 0
      ? []
      : await db
          .selectFrom('publication_files')
          .select(['id', 'publication_id', 'file_name', 'content_type', 'size_bytes'])
          .where('publication_id', 'in', ids)
          .orderBy('created_at')
          .execute();
  for (const publication of records.publication) {
    publication.files = files.filter((f) => f.publication_id === publication.id).map(toFileDto);
  }
  return records;
}

type RecordDto = ReturnType<typeof toRecordDto>;
