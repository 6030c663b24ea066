// A giver's pledge from the public form: a fresh memo code (retried on the rare clash with
// the unique index), the consent version it was given under, contact details only if given.
// No account acts here, so the audit event has no actor; it names the pledge, not the person.
import { randomBytes } from 'node:crypto';
import { newPledgeReference, type PledgeInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { classifyDatabaseError } from '../db/database-errors.js';
import type { Database } from '../db/schema.js';
import { appendAuditEvent } from './append-audit-event.js';

export async function createPledge(
  db: Kysely<Database>,
  appeal: { id: string; unitId: string },
  input: PledgeInput,
): Promise<{ id: string; reference: string }> {
  for (let attempt = 0; ; attempt += 1) {
    const reference = newPledgeReference((n) => randomBytes(n));
    try {
      return await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('pledges')
          .values({
            appeal_id: appeal.id,
            reference,
            amount: input.amount,
            display_name: input.displayName,
            contact_email: input.contactEmail,
            contact_phone: input.contactPhone,
            consent_version: input.consentVersion,
          })
          .returning(['id', 'reference'])
          .executeTakeFirstOrThrow();
        await appendAuditEvent(trx, {
          actorId: null,
          action: 'pledge.create',
          entity: 'pledge',
          entityId: row.id,
          unitId: appeal.unitId,
          after: { reference, amount: input.amount, consentVersion: input.consentVersion },
        });
        return row;
      });
    } catch (error) {
      if (attempt < 2 && classifyDatabaseError(error) === 'duplicate') continue;
      throw error;
    }
  }
}
