// The province decides: approve a submitted report (it locks), return it with a comment,
// or reopen an approved one so the cadre can correct it. A comment joins the report's
// thread in the same transaction. Who may, from which status, and
// four eyes are the domain policy's, asked through loadReportForUpdate.
import { REPORT_TRANSITIONS, type ReviewReportInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { appendComment } from './comments/append-comment.js';
import { loadReportForUpdate } from './load-report-for-update.js';
import { notifyReturned } from './notify-returned.js';
import { type ReportDto, toReportDto } from './report-dto.js';
import { audit } from './save-report.js';

export async function reviewReport(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: ReviewReportInput,
  now: Date = new Date(),
): Promise<ReportDto> {
  const action = `report.${input.decision}` as const;
  return db.transaction().execute(async (trx) => {
    const current = await loadReportForUpdate(trx, scope, input, {
      action,
      wrongState: {
        vi: 'Trạng thái báo cáo không cho phép thao tác này',
        en: "The report's status does not allow this",
      },
    });
    const updated = await trx
      .updateTable('reports')
      .set((eb) => ({
        status: REPORT_TRANSITIONS[action],
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
    if (input.comment) {
      const entry = {
        subject: 'report' as const,
        subjectId: updated.id,
        unitId: updated.unit_id,
        authorId: actor.id,
        action: input.decision,
        body: input.comment,
      };
      await appendComment(trx, entry, now);
    }
    if (input.decision === 'return') {
      const what = `${updated.indicator} (${updated.period_key})`;
      await notifyReturned(
        trx,
        {
          subject: 'report',
          id: updated.id,
          version: updated.version,
          unitId: updated.unit_id,
          authorId: updated.created_by,
          what: { vi: `Báo cáo ${what}`, en: `Report ${what}` },
          comment: updated.review_comment ?? '',
          link: `/units/${updated.unit_id}`,
        },
        now,
      );
    }
    return toReportDto(updated);
  });
}
