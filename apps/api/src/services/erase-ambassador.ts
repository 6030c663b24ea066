// The right to erasure: personal data goes, the row stays (appearances and the audit trail refer to it); consents keep dates and document reference as proof.
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';

export async function eraseAmbassador(
  db: Kysely<Database>,
  actor: SessionUser,
  input: { id: string },
) {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('ambassadors')
      .select(['id', 'erased_at'])
      .where('id', '=', input.id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound({ vi: 'Không tìm thấy đại sứ', en: 'Ambassador not found' });
    if (before.erased_at) return { id: before.id, erased: true };
    await trx
      .updateTable('ambassadors')
      .set((eb) => ({
        name: 'Đã xóa theo yêu cầu',
        channels: '[]',
        photo_url: null,
        contact_email: null,
        contact_phone: null,
        status: 'ended',
        erased_at: new Date(),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', before.id)
      .execute();
    await trx
      .updateTable('ambassador_consents')
      .set({ purpose: '' })
      .where('ambassador_id', '=', before.id)
      .execute();
    await trx
      .updateTable('ambassador_appearances')
      .set({ event: '' })
      .where('ambassador_id', '=', before.id)
      .execute();
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'ambassador.erase',
      entity: 'ambassador',
      entityId: before.id,
      after: { erased: true },
    });
    return { id: before.id, erased: true };
  });
}

/** Everything held about one ambassador, for a subject access request. */
