// The province decides: approve a submitted report (it locks), return it with a comment,
// or reopen an approved one so the cadre can correct it.
import type { ReviewReportInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database, Report } from '../db/schema.js';
import { AppError, forbidden } from '../errors.js';
import type { Scope } from './get-scope.js';
import { loadReportForUpdate } from './load-report-for-update.js';
import { type ReportDto, toReportDto } from './report-dto.js';
import { audit } from './save-report.js';

const ALLOWED_FROM: Record<ReviewReportInput['decision'], Report['status']> = {
  approve: 'submitted',
  return: 'submitted',
  reopen: 'approved',
};
const NEXT: Record<ReviewReportInput['decision'], Report['status']> = {
  approve: 'approved',
  return: 'returned',
  reopen: 'returned',
};

export async function reviewReport(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: ReviewReportInput,
): Promise<ReportDto> {
  if (actor.role !== 'admin' && actor.role !== 'reviewer') throw forbidden();
  return db.transaction().execute(async (trx) => {
    const current = await loadReportForUpdate(trx, scope, input.reportId, input.version);
    if (current.status !== ALLOWED_FROM[input.decision]) {
      throw new AppError('CONFLICT', {
        vi: 'Trạng thái báo cáo không cho phép thao tác này',
        en: "The report's status does not allow this",
      });
    }
    const updated = await trx
      .updateTable('reports')
      .set((eb) => ({
        status: NEXT[input.decision],
        review_comment: input.comment || null,
        reviewed_at: new Date(),
        reviewed_by: actor.id,
        updated_at: new Date(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, actor, `report.${input.decision}`, current, updated);
    return toReportDto(updated);
  });
}
