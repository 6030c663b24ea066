// Files of a publication or communication material (the leaflet's PDF, the film's poster,
// the report's Word file): the province's digital archive. Same file rules as evidence;
// an upload is an edit of the publication record and names its version.
import type { Kysely } from 'kysely';
import { authorize } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { earlierUpload, PUBLICATION_FILES } from './earlier-upload.js';
import {
  checkEvidenceFile,
  type EvidenceFile,
  STORED_FILE_COLUMNS,
  storedFile,
  toFileDto,
} from './evidence-file.js';
import { toRecordDto } from './record-kinds.js';

export const MAX_FILES_PER_PUBLICATION = 20;

export async function attachPublicationFile(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: EvidenceFile & { publicationId: string; version: number },
) {
  checkEvidenceFile(input);
  const notFoundMessage = { vi: 'Không tìm thấy ấn phẩm', en: 'Publication not found' };
  return db.transaction().execute(async (trx) => {
    const earlier = await earlierUpload(trx, scope, PUBLICATION_FILES, {
      parentId: input.publicationId,
      key: input.key,
      notFound: notFoundMessage,
    });
    if (earlier) return earlier;
    const publication = await trx
      .selectFrom('publications')
      .selectAll()
      .where('id', '=', input.publicationId)
      .forUpdate()
      .executeTakeFirst();
    if (!publication) throw notFound(notFoundMessage);
    await authorize(trx, scope, {
      action: 'unit.editData',
      unitId: publication.unit_id,
      notFound: notFoundMessage,
    });
    if (publication.version !== input.version)
      throw conflict(toRecordDto('publication', publication));
    const count = await trx
      .selectFrom('publication_files')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('publication_id', '=', publication.id)
      .executeTakeFirstOrThrow();
    if (Number(count.n) >= MAX_FILES_PER_PUBLICATION) {
      throw badRequest({
        vi: 'Mỗi ấn phẩm có tối đa 20 tệp',
        en: 'A publication holds at most 20 files',
      });
    }
    const file = await trx
      .insertInto('publication_files')
      .values({
        publication_id: publication.id,
        ...storedFile(input, actor.id, publication.version + 1),
      })
      .returning(STORED_FILE_COLUMNS)
      .executeTakeFirstOrThrow();
    const updated = await trx
      .updateTable('publications')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', publication.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'record.attach-file',
      entity: 'record',
      entityId: publication.id,
      unitId: publication.unit_id,
      after: file,
    });
    return {
      file: toFileDto(file),
      version: updated.version,
    };
  });
}
