// Withdrawal is dated, not a deletion, so both the consent and its end stay provable.
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';

export async function withdrawConsent(
  db: Kysely<Database>,
  actor: SessionUser,
  input: { consentId: string; withdrawnOn: string },
) {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('ambassador_consents')
      .selectAll()
      .where('id', '=', input.consentId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound({ vi: 'Không tìm thấy bản đồng ý', en: 'Consent not found' });
    if (before.withdrawn_on)
      throw new AppError('CONFLICT', {
        vi: 'Bản đồng ý này đã được rút lại',
        en: 'This consent was already withdrawn',
      });
    const after = await trx
      .updateTable('ambassador_consents')
      .set({ withdrawn_on: input.withdrawnOn })
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'ambassador.consent-withdrawn',
      entity: 'ambassador',
      entityId: before.ambassador_id,
      before,
      after,
    });
    return after;
  });
}
