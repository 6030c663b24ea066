// Creates or edits one record (a training course, a Facebook page, ...) for a unit in the
// caller's scope. Edits name their version; moving a record to another unit needs scope on
// both. Facts change, so the caller invalidates public caches for the units touched.
import { type AuditAction, msg, type RecordInput } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import { authorize } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import { ownedInScope } from '../access/province-owned.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { type AnyDb, RECORD_KIND_DEFS, toRecordDto } from './record-kinds.js';

export interface SaveRecordInput {
  id: string | null;
  version: number | null;
  record: RecordInput;
  /** On create: the id chosen by an offline phone, which makes a resend harmless. */
  newId?: string | undefined;
}

const NOT_FOUND = { vi: 'Không tìm thấy bản ghi', en: 'Record not found' };
// An app milestone and a campaign's participation are recorded once per unit (UNIQUE in
// the schema): a second one is the user's slip, not a server failure.
const DUPLICATE = {
  vi: 'Đơn vị đã có bản ghi này (mỗi mốc ứng dụng, mỗi chiến dịch chỉ ghi một lần)',
  en: 'The unit already has this record (each app milestone and campaign is recorded once)',
};
const isUniqueViolation = (error: unknown) => (error as { code?: unknown })?.code === '23505';

export async function saveRecord(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: SaveRecordInput,
) {
  try {
    return await writeRecord(db, actor, scope, input);
  } catch (error) {
    throw isUniqueViolation(error) ? badRequest(DUPLICATE) : error;
  }
}

async function writeRecord(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: SaveRecordInput,
) {
  const { record } = input;
  await authorize(db, scope, { action: 'unit.editData', unitId: record.unitId });
  const def = RECORD_KIND_DEFS[record.kind];
  const values = def.toRow(record);
  return (db as AnyDb).transaction().execute(async (trx) => {
    if (record.kind === 'campaign_participation') {
      const campaign = await trx
        .selectFrom('campaigns')
        .select('id')
        .where('id', '=', record.campaignId)
        // The province's campaigns and Central's: another province's is unknown here.
        .where(
          ownedInScope('campaign.read', scope, sql.ref('province_id'), { isCentralShared: true }),
        )
        .executeTakeFirst();
      if (!campaign)
        throw badRequest(
          { vi: 'Chiến dịch không tồn tại', en: 'Unknown campaign' },
          { fieldErrors: { campaignId: [msg('campaignUnknown')] } },
        );
    }
    if (input.id === null) {
      // A create sent again after its answer was lost: the record is there already.
      if (input.newId) {
        const made = await trx
          .selectFrom(def.table)
          .selectAll()
          .where('id', '=', input.newId)
          .executeTakeFirst();
        if (made)
          return resentCreate(
            trx as unknown as Kysely<Database>,
            actor,
            scope,
            made as Made,
            input,
          );
      }
      const created = await trx
        .insertInto(def.table)
        .values(input.newId ? { ...values, id: input.newId } : values)
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(
        trx as unknown as Kysely<Database>,
        actor,
        'record.create',
        null,
        toRecordDto(record.kind, created),
      );
      return toRecordDto(record.kind, created);
    }
    const before = await trx
      .selectFrom(def.table)
      .selectAll()
      .where('id', '=', input.id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound(NOT_FOUND);
    await authorize(trx as unknown as Kysely<Database>, scope, {
      action: 'unit.editData',
      unitId: before.unit_id,
      notFound: NOT_FOUND,
    });
    if (before.version !== input.version) throw conflict(toRecordDto(record.kind, before));
    const after = await trx
      .updateTable(def.table)
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', input.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(
      trx as unknown as Kysely<Database>,
      actor,
      'record.update',
      toRecordDto(record.kind, before),
      toRecordDto(record.kind, after),
    );
    return toRecordDto(record.kind, after);
  });
}

type Made = Record<string, unknown> & { id: string; unit_id: string };

/** The answer to a resent create: the record it made, if this very user made it with that
 *  id (its audit event says so) and may still write its unit; otherwise a refusal, never
 *  someone else's record. A SELECT before the write: the save runs in a transaction. */
async function resentCreate(
  trx: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  made: Made,
  input: SaveRecordInput,
) {
  const byThisUser = await trx
    .selectFrom('audit_event')
    .select('seq')
    .where('entity', '=', 'record')
    .where('action', '=', 'record.create')
    .where('entity_id', '=', made.id)
    .where('actor_id', '=', actor.id)
    .executeTakeFirst();
  if (!byThisUser) throw badRequest(DUPLICATE);
  await authorize(trx, scope, {
    action: 'unit.editData',
    unitId: made.unit_id,
    notFound: NOT_FOUND,
  });
  return toRecordDto(input.record.kind, made);
}

export function audit(
  trx: Kysely<Database>,
  actor: SessionUser,
  action: AuditAction,
  before: { unitId: string } | null,
  after: { id: string; unitId: string },
) {
  return appendAuditEvent(trx, {
    actorId: actor.id,
    action,
    entity: 'record',
    entityId: after.id,
    unitId: after.unitId,
    before,
    after,
  });
}
