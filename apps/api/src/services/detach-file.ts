// Removes a file attached by mistake, from a report's evidence or a publication's archive.
// Like an upload, it is an edit of the owner: it names the owner's version and bumps it;
// an approved report's evidence stays locked. The audit event keeps the file's name and hash.
import type { Kysely } from 'kysely';
import { authorize } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { conflict, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { reportLocked } from './save-report.js';

const OWNERS = {
  reports: {
    files: 'report_files',
    owner: 'reports',
    key: 'report_id',
    entity: 'report',
    action: 'report.detach-file',
  },
  publications: {
    files: 'publication_files',
    owner: 'publications',
    key: 'publication_id',
    entity: 'record',
    action: 'record.detach-file',
  },
} as const;

export async function detachFile(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: { kind: keyof typeof OWNERS; fileId: string; version: number },
) {
  const spec = OWNERS[input.kind];
  // biome-ignore lint/suspicious/noExplicitAny: the two file tables share these columns.
  const q = db as unknown as Kysely<any>;
  return q.transaction().execute(async (trx) => {
    const file = await trx
      .selectFrom(`${spec.files} as f`)
      .innerJoin(`${spec.owner} as o`, 'o.id', `f.${spec.key}`)
      .select(['f.id', 'f.file_name', 'f.sha256', 'o.id as ownerId', 'o.unit_id', 'o.version'])
      .select((eb) => (input.kind === 'reports' ? eb.ref('o.status') : eb.val(null)).as('status'))
      .where('f.id', '=', input.fileId)
      .forUpdate()
      .executeTakeFirst();
    const notFoundMessage = { vi: 'Không tìm thấy tệp', en: 'File not found' };
    if (!file) throw notFound(notFoundMessage);
    await authorize(trx as unknown as Kysely<Database>, scope, {
      action: 'unit.editData',
      unitId: file.unit_id,
      notFound: notFoundMessage,
    });
    if (file.status === 'approved') throw reportLocked();
    if (file.version !== input.version) throw conflict({ id: file.ownerId, version: file.version });
    await trx.deleteFrom(spec.files).where('id', '=', file.id).execute();
    const updated = await trx
      .updateTable(spec.owner)
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', file.ownerId)
      .returning('version')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx as unknown as Kysely<Database>, {
      actorId: actor.id,
      action: spec.action,
      entity: spec.entity,
      entityId: file.ownerId,
      unitId: file.unit_id,
      before: { fileId: file.id, fileName: file.file_name, sha256: file.sha256 },
    });
    return { version: updated.version as number };
  });
}
