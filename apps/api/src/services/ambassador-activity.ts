// What happens around an ambassador: appearances (date, event, reach) and the consent
// record for their personal data — what was consented to, when, by which document — and
// its withdrawal. Consent rows are never deleted: withdrawal is dated, so consent stays provable.
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';

async function assertLiveAmbassador(trx: Kysely<Database>, id: string) {
  const row = await trx
    .selectFrom('ambassadors')
    .select(['id', 'erased_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound({ vi: 'Không tìm thấy đại sứ', en: 'Ambassador not found' });
  if (row.erased_at)
    throw new AppError('CONFLICT', {
      vi: 'Dữ liệu của đại sứ này đã bị xóa theo yêu cầu',
      en: "This ambassador's data was erased on request",
    });
}

export async function addAppearance(
  db: Kysely<Database>,
  actor: SessionUser,
  input: { ambassadorId: string; appearedOn: string; event: string; kind: string; reach: number },
) {
  return db.transaction().execute(async (trx) => {
    await assertLiveAmbassador(trx, input.ambassadorId);
    const row = await trx
      .insertInto('ambassador_appearances')
      .values({
        ambassador_id: input.ambassadorId,
        appeared_on: input.appearedOn,
        event: input.event,
        kind: input.kind,
        reach: input.reach,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'ambassador.appearance',
      entity: 'ambassador',
      entityId: input.ambassadorId,
      after: row,
    });
    return row;
  });
}

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
