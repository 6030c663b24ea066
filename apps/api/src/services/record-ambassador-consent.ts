// The consent record Vietnam's personal-data law asks for: what, when, by which document. Never deleted.
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { assertLiveAmbassador } from './ambassador-guards.js';
import { appendAuditEvent } from './append-audit-event.js';

export async function recordConsent(
  db: Kysely<Database>,
  actor: SessionUser,
  input: { ambassadorId: string; purpose: string; consentedOn: string; documentRef: string },
) {
  return db.transaction().execute(async (trx) => {
    await assertLiveAmbassador(trx, input.ambassadorId);
    const row = await trx
      .insertInto('ambassador_consents')
      .values({
        ambassador_id: input.ambassadorId,
        purpose: input.purpose,
        consented_on: input.consentedOn,
        document_ref: input.documentRef,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'ambassador.consent',
      entity: 'ambassador',
      entityId: input.ambassadorId,
      after: row,
    });
    return row;
  });
}
