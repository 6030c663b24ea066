// Evidence files on a report (see evidence-file.ts for what a file may be), at most ten,
// never on an approved report. Each upload is an edit: it names and bumps the version.
import type { Kysely } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { earlierUpload, REPORT_FILES } from './earlier-upload.js';
import {
  checkEvidenceFile,
  type EvidenceFile,
  STORED_FILE_COLUMNS,
  storedFile,
  toFileDto,
} from './evidence-file.js';
import { loadReportForUpdate, REPORT_NOT_FOUND } from './load-report-for-update.js';
import { reportLocked } from './save-report.js';

export const MAX_FILES_PER_REPORT = 10;

export interface AttachInput extends EvidenceFile {
  reportId: string;
  version: number;
}

export async function attachReportFile(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: AttachInput,
) {
  checkEvidenceFile(input);
  return db.transaction().execute(async (trx) => {
    const earlier = await earlierUpload(trx, scope, REPORT_FILES, {
      parentId: input.reportId,
      key: input.key,
      notFound: REPORT_NOT_FOUND,
    });
    if (earlier) return { ...earlier, reportVersion: earlier.version };
    const report = await loadReportForUpdate(trx, scope, input, {
      action: 'report.save',
      wrongState: reportLocked().messages,
    });
    const count = await trx
      .selectFrom('report_files')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('report_id', '=', report.id)
      .executeTakeFirstOrThrow();
    if (Number(count.n) >= MAX_FILES_PER_REPORT) {
      throw badRequest({
        vi: 'Mỗi báo cáo có tối đa 10 tệp',
        en: 'A report holds at most 10 files',
      });
    }
    const file = await trx
      .insertInto('report_files')
      .values({ report_id: report.id, ...storedFile(input, actor.id, report.version + 1) })
      .returning(STORED_FILE_COLUMNS)
      .executeTakeFirstOrThrow();
    const updated = await trx
      .updateTable('reports')
      .set((eb) => ({
        version: eb('version', '+', 1),
        updated_at: new Date(),
        updated_by: actor.id,
      }))
      .where('id', '=', report.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'report.attach-file',
      entity: 'report',
      entityId: report.id,
      unitId: report.unit_id,
      after: file,
    });
    return {
      file: toFileDto(file),
      reportVersion: updated.version,
      version: updated.version,
    };
  });
}
