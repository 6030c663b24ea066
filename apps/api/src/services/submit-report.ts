// The cadre sends a draft (or a returned report) to the province for review.
import { REPORT_TRANSITIONS, type SubmitReportInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { loadReportForUpdate } from './load-report-for-update.js';
import { type ReportDto, toReportDto } from './report-dto.js';
import { audit } from './save-report.js';

export async function submitReport(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: SubmitReportInput,
): Promise<ReportDto> {
  return db.transaction().execute(async (trx) => {
    const current = await loadReportForUpdate(trx, scope, input, {
      action: 'report.submit',
      wrongState: {
        vi: 'Báo cáo đã được gửi hoặc đã được duyệt',
        en: 'This report has already been submitted or approved',
      },
    });
    const updated = await trx
      .updateTable('reports')
      .set((eb) => ({
        status: REPORT_TRANSITIONS['report.submit'],
        submitted_at: new Date(),
        updated_by: actor.id,
        updated_at: new Date(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, actor, 'report.submit', current, updated);
    return toReportDto(updated);
  });
}
