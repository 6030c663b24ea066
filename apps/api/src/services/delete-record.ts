// Removes a record entered by mistake. The audit log keeps what it was. A delete sent again
// after its answer was lost (an offline phone's queue, decision 34) finds no row: when this
// same user deleted that very version, the answer is the first one's, not NOT_FOUND.
import type { RecordKind } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { authorize } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { conflict, notFound } from '../errors.js';
import { type AnyDb, RECORD_KIND_DEFS, toRecordDto } from './record-kinds.js';
import { audit } from './save-record.js';

export async function deleteRecord(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: { kind: RecordKind; id: string; version: number },
) {
  const def = RECORD_KIND_DEFS[input.kind];
  return (db as AnyDb).transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom(def.table)
      .selectAll()
      .where('id', '=', input.id)
      .forUpdate()
      .executeTakeFirst();
    const notFoundMessage = { vi: 'Không tìm thấy bản ghi', en: 'Record not found' };
    if (!before) {
      const done = await deletedByThisUser(trx as unknown as Kysely<Database>, actor, input);
      if (!done) throw notFound(notFoundMessage);
      await authorize(trx as unknown as Kysely<Database>, scope, {
        action: 'unit.editData',
        unitId: done.unitId,
        notFound: notFoundMessage,
      });
      return done;
    }
    await authorize(trx as unknown as Kysely<Database>, scope, {
      action: 'unit.editData',
      unitId: before.unit_id,
      notFound: notFoundMessage,
    });
    if (before.version !== input.version) throw conflict(toRecordDto(input.kind, before));
    if (input.kind === 'publication')
      await trx.deleteFrom('publication_files').where('publication_id', '=', input.id).execute();
    await trx.deleteFrom(def.table).where('id', '=', input.id).execute();
    const dto = toRecordDto(input.kind, before);
    await audit(trx as unknown as Kysely<Database>, actor, 'record.delete', dto, {
      id: dto.id,
      unitId: dto.unitId,
    });
    return { id: input.id, unitId: dto.unitId };
  });
}

/** The answer to a resent delete: the record this user deleted at this version, if the audit
 *  log says so (the caller checks they may still write its unit); otherwise null (someone else deleted it,
 *  or a different version: the caller answers NOT_FOUND, telling nothing of it). */
async function deletedByThisUser(
  trx: Kysely<Database>,
  actor: SessionUser,
  input: { id: string; version: number },
) {
  const events = await trx
    .selectFrom('audit_event')
    .select('before')
    .where('entity', '=', 'record')
    .where('entity_id', '=', input.id)
    .where('action', '=', 'record.delete')
    .where('actor_id', '=', actor.id)
    .execute();
  // The column is JSON on PostgreSQL and PGlite alike; read it here rather than in SQL.
  const deleted = events
    .map((e) => (typeof e.before === 'string' ? JSON.parse(e.before) : e.before))
    .find((b: { version?: unknown } | null) => b?.version === input.version) as
    | { unitId: string }
    | undefined;
  return deleted ? { id: input.id, unitId: deleted.unitId } : null;
}
