// An amendment whose date has not come may be withdrawn; one in force never changes (a
// later amendment corrects it), so figures already shown for its days stay true. Only an
// amendment of the caller's province's adopted plan (decision 32): another's is NOT_FOUND.
import type { IsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { toPlanAmendmentDto } from './plan-amendment-dto.js';
import { planToAmend } from './plan-to-amend.js';

export async function withdrawPlanAmendment(
  db: Kysely<Database>,
  actor: SessionUser,
  input: { id: string; version: number },
  today: IsoDate,
) {
  return db.transaction().execute(async (trx) => {
    const planId = await planToAmend(trx, actor);
    const row = await trx
      .selectFrom('plan_amendments')
      .selectAll()
      .where('id', '=', input.id)
      .where('plan_id', '=', planId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound({ vi: 'Không tìm thấy văn bản sửa đổi', en: 'Amendment not found' });
    const current = toPlanAmendmentDto(row, today);
    if (row.version !== input.version || row.withdrawn_at !== null) throw conflict(current);
    if (row.effective_on <= today) {
      throw badRequest({
        vi: 'Văn bản sửa đổi đã có hiệu lực nên không thể rút hay sửa; hãy ghi nhận một văn bản sửa đổi mới',
        en: 'The amendment is in force and cannot be withdrawn or changed; record a new amendment instead',
      });
    }
    const updated = await trx
      .updateTable('plan_amendments')
      .set({ withdrawn_at: new Date(), withdrawn_by: actor.id, version: row.version + 1 })
      .where('id', '=', row.id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirstOrThrow();
    const dto = toPlanAmendmentDto(updated, today);
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'plan.withdraw-amendment',
      entity: 'plan_amendment',
      entityId: row.id,
      before: current,
      after: dto,
    });
    return dto;
  });
}
