// Removes a record entered by mistake. The audit log keeps what it was.
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
    if (!before) throw notFound(notFoundMessage);
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
