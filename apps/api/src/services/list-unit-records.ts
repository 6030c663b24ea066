// A unit's records by kind, for the unit page, a page at a time: the first page of every
// kind at once (listUnitRecords), the rest of one kind after its cursor (listRecordsOfKind).
// "As of" a day, only what had happened by then (each kind by its own date), so an earlier
// day's page shows that day. Keyset paging on (created_at, id), newest first.
import { type IsoDate, RECORD_KINDS, type RecordKind } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Readable } from '../access/readable-units.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { toFileDto } from './evidence-file.js';
import { pageOf } from './paging/page-cursor.js';
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

export interface RecordsPageQuery {
  unitId: string;
  kind: RecordKind;
  asOf?: IsoDate | undefined;
  /** The previous page's last record: its exact creation time (as text) and id. */
  after?: readonly [string, string] | undefined;
  limit: number;
}

type RecordDto = ReturnType<typeof toRecordDto>;

async function assertReadable(readable: Readable, unitId: string) {
  if (!(await readable([unitId])).has(unitId))
    throw notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
}

/** One page of one kind of a unit's records; the caller has checked the unit is in reach. */
async function recordsPage(db: Kysely<Database>, query: RecordsPageQuery) {
  const { kind, asOf, after, limit } = query;
  const rows: Record<string, unknown>[] = await (db as AnyDb)
    .selectFrom(RECORD_KIND_DEFS[kind].table)
    .selectAll()
    // Microseconds kept: a cursor rounded to a JS Date's milliseconds could skip records.
    .select(sql<string>`created_at::text`.as('sort_at'))
    .where('unit_id', '=', query.unitId)
    .$if(asOf !== undefined, (qb) => qb.where(DATED_BY[kind], '<=', asOf))
    .$if(after !== undefined, (qb) =>
      qb.where(sql<boolean>`(created_at, id) < (${after?.[0]}::timestamptz, ${after?.[1]}::uuid)`),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = pageOf(rows, limit, (r) => [String(r.sort_at), String(r.id)]);
  const items = page.items.map(({ sort_at: _key, ...row }) => toRecordDto(kind, row));
  if (kind === 'publication') await attachFiles(db, items);
  if (kind === 'campaign_participation') await attachCampaignTitles(db, items);
  return { items, nextCursor: page.nextCursor };
}

/** Publications carry their archived files (names and sizes; the bytes download apart). */
async function attachFiles(db: Kysely<Database>, publications: RecordDto[]) {
  const ids = publications.map((p) => p.id);
  if (ids.length === 0) return;
  const files = await db
    .selectFrom('publication_files')
    .select(['id', 'publication_id', 'file_name', 'content_type', 'size_bytes'])
    .where('publication_id', 'in', ids)
    .orderBy('created_at')
    .execute();
  for (const publication of publications) {
    publication.files = files.filter((f) => f.publication_id === publication.id).map(toFileDto);
  }
}

/** Participations carry their campaign's title: the unit page no longer loads every
 *  campaign to name them (decision 33). The campaign was in reach when the record was saved. */
async function attachCampaignTitles(db: Kysely<Database>, participations: RecordDto[]) {
  const ids = [...new Set(participations.map((p) => String(p.campaignId)))];
  if (ids.length === 0) return;
  const campaigns = await db
    .selectFrom('campaigns')
    .select(['id', 'title'])
    .where('id', 'in', ids)
    .execute();
  const titleOf = new Map(campaigns.map((c) => [c.id, c.title]));
  for (const participation of participations) {
    participation.campaignTitle = titleOf.get(String(participation.campaignId)) ?? null;
  }
}

/** The first page of every kind, and where each kind continues (null: nothing more). */
export async function listUnitRecords(
  db: Kysely<Database>,
  readable: Readable,
  query: { unitId: string; asOf?: IsoDate | undefined; limit: number },
) {
  await assertReadable(readable, query.unitId);
  const pages = await Promise.all(
    RECORD_KINDS.map(async (kind) => [kind, await recordsPage(db, { ...query, kind })] as const),
  );
  const records = Object.fromEntries(pages.map(([kind, p]) => [kind, p.items]));
  const nextCursors = Object.fromEntries(pages.map(([kind, p]) => [kind, p.nextCursor]));
  return {
    ...(records as Record<RecordKind, RecordDto[]>),
    nextCursors: nextCursors as Record<RecordKind, string | null>,
  };
}

/** The next page of one kind, after the cursor the previous page gave. */
export async function listRecordsOfKind(
  db: Kysely<Database>,
  readable: Readable,
  query: RecordsPageQuery,
) {
  await assertReadable(readable, query.unitId);
  return recordsPage(db, query);
}
