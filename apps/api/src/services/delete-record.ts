// Removes a record entered by mistake. The audit log keeps what it was. A delete that finds
// no row (an offline phone's queue resending after a lost answer, or a record someone else
// deleted first; decision 34) is done, not NOT_FOUND, when the audit log says the record
// was deleted and the caller may write its unit: what they asked for is already so.
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
      const done = await deletedEarlier(trx as unknown as Kysely<Database>, actor, input);
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

/** The answer to a delete of a record already gone, from the audit log (the caller checks they
 *  may still write its unit): this user's own delete of this version answers as it did; a
 *  delete by someone else, or of another version, says `alreadyDeleted`. Null when the log
 *  has no delete of this id: the caller answers NOT_FOUND, telling nothing of it. */
async function deletedEarlier(
  trx: Kysely<Database>,
  actor: SessionUser,
  input: { id: string; version: number },
) {
  const events = await trx
    .selectFrom('audit_event')
    .select(['before', 'actor_id'])
    .where('entity', '=', 'record')
    .where('entity_id', '=', input.id)
    .where('action', '=', 'record.delete')
    .execute();
  // The column is JSON on PostgreSQL and PGlite alike; read it here rather than in SQL.
  const deletes = events.map((e) => ({
    actorId: e.actor_id,
    before: (typeof e.before === 'string' ? JSON.parse(e.before) : e.before) as {
      unitId: string;
      version?: unknown;
    },
  }));
  const own = deletes.find((d) => d.actorId === actor.id && d.before.version === input.version);
  if (own) return { id: input.id, unitId: own.before.unitId };
  const any = deletes[0];
  return any ? { id: input.id, unitId: any.before.unitId, alreadyDeleted: true as const } : null;
}
