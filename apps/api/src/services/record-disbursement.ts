// How an appeal's money was used: date, recipient group, amount and a link to evidence
// (a signed list, an invoice). Shown in the appeal's public accounts at once.
import type { Kysely } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import type { Database } from '../db/schema.js';
import { appendAuditEvent } from './append-audit-event.js';

export async function recordDisbursement(
  db: Kysely<Database>,
  scope: Scope,
  appeal: { id: string; unit_id: string },
  input: { spentOn: string; recipientGroup: string; amount: number; evidenceUrl: string },
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('disbursements')
      .values({
        appeal_id: appeal.id,
        spent_on: input.spentOn,
        recipient_group: input.recipientGroup,
        amount: input.amount,
        evidence_url: input.evidenceUrl,
        created_by: scope.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: scope.user.id,
      action: 'disbursement.create',
      entity: 'disbursement',
      entityId: row.id,
      unitId: appeal.unit_id,
      after: input,
    });
    return { id: row.id };
  });
}
