// An administrator sends a failed or skipped notice again: it goes back to pending, due
// now, with its attempts reset. Deliberate, so audited; a sent one is never resent.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { unitInScope } from '../access/unit-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';

export async function resendDelivery(
  db: Kysely<Database>,
  admin: SessionUser,
  input: { deliveryId: string; today: string; now: Date },
) {
  return db.transaction().execute(async (trx) => {
    const d = await trx
      .selectFrom('notice_deliveries as d')
      .innerJoin('notices as n', 'n.id', 'd.notice_id')
      .innerJoin('users as u', 'u.id', 'n.recipient_id')
      .select(['d.id', 'd.status', 'u.unit_id'])
      .where('d.id', '=', input.deliveryId)
      .where(unitInScope('user.manage', admin, sql`u.unit_id`, input.today))
      .forUpdate(['d'])
      .executeTakeFirst();
    if (!d) throw notFound({ vi: 'Không tìm thấy thông báo', en: 'Notice not found' });
    if (d.status !== 'failed' && d.status !== 'skipped')
      throw new AppError('CONFLICT', {
        vi: 'Chỉ gửi lại được thông báo bị lỗi hoặc bị bỏ qua',
        en: 'Only a failed or skipped notice can be sent again',
      });
    await trx
      .updateTable('notice_deliveries')
      .set({ status: 'pending', attempts: 0, not_before: input.now, last_error: null })
      .where('id', '=', d.id)
      .execute();
    await appendAuditEvent(trx, {
      actorId: admin.id,
      action: 'notice.resend',
      entity: 'notice_delivery',
      entityId: d.id,
      unitId: d.unit_id,
      before: { status: d.status },
      after: { status: 'pending' },
    });
    return { id: d.id, status: 'pending' as const };
  });
}
