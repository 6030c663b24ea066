// Evidence files on a report: PDFs, photos and Office documents, checked by their first
// bytes rather than trusted by their declared type, within size and count limits.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { AppError, badRequest } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { assertCanEditUnitData, type Scope } from './get-scope.js';
import { loadReportForUpdate } from './load-report-for-update.js';
import { reportLocked } from './save-report.js';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILES_PER_REPORT = 10;

const SIGNATURES: Record<string, (b: Uint8Array) => boolean> = {
  'application/pdf': (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46,
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  'image/webp': (b) =>
    Buffer.from(b.subarray(0, 4)).toString() === 'RIFF' &&
    Buffer.from(b.subarray(8, 12)).toString() === 'WEBP',
  // .docx and .xlsx are zip archives.
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (b) =>
    b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (b) =>
    b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04,
};
export const ALLOWED_FILE_TYPES = Object.keys(SIGNATURES);

export interface AttachInput {
  reportId: string;
  version: number;
  fileName: string;
  contentType: string;
  data: Buffer;
}

function checkFile(input: AttachInput): void {
  const matches = SIGNATURES[input.contentType];
  if (!matches?.(input.data)) {
    throw badRequest({
      vi: 'Chỉ nhận tệp PDF, ảnh JPEG/PNG/WebP, Word (.docx) hoặc Excel (.xlsx)',
      en: 'Only PDF, JPEG/PNG/WebP images, Word (.docx) or Excel (.xlsx) files are accepted',
    });
  }
  if (input.data.length === 0 || input.data.length > MAX_FILE_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', {
      vi: 'Tệp phải nhỏ hơn 5 MB',
      en: 'Files must be under 5 MB',
    });
  }
}

export async function attachReportFile(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: AttachInput,
) {
  checkFile(input);
  return db.transaction().execute(async (trx) => {
    const report = await loadReportForUpdate(trx, scope, input.reportId, input.version);
    assertCanEditUnitData(actor, scope, report.unit_id);
    if (report.status === 'approved') throw reportLocked();
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
      .values({
        report_id: report.id,
        file_name: input.fileName,
        content_type: input.contentType,
        size_bytes: input.data.length,
        sha256: createHash('sha256').update(input.data).digest('hex'),
        data: input.data,
        uploaded_by: actor.id,
      })
      .returning(['id', 'file_name', 'content_type', 'size_bytes', 'sha256'])
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
      file: {
        id: file.id,
        fileName: file.file_name,
        contentType: file.content_type,
        sizeBytes: file.size_bytes,
      },
      reportVersion: updated.version,
    };
  });
}
