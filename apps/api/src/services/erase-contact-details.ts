// A giver's and a registrant's right to erasure (Law 91/2025/QH15) are one step: the name and
// contacts go, the row stays (a pledge's money and a drive's count are accounts, not personal
// data), erased_at keeps its first date, and the erasure is audited in the same transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { appendAuditEvent } from './append-audit-event.js';

const TABLES = { pledge: 'pledges', registration: 'registrations' } as const;

export interface ErasedPerson {
  kind: keyof typeof TABLES;
  id: string;
  /** The unit of the appeal or drive, for the audit trail and the caller's cache. */
  unitId: string;
}

export async function eraseContactDetails(
  db: Kysely<Database>,
  actorId: string,
  { kind, id, unitId }: ErasedPerson,
) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable(TABLES[kind])
      .set((eb) => ({
        display_name: null,
        contact_email: null,
        contact_phone: null,
        erased_at: eb.fn.coalesce('erased_at', eb.val(new Date())),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, {
      actorId,
      action: `${kind}.erase`,
      entity: kind,
      entityId: id,
      unitId,
      after: { erased: true },
    });
    return { id, erased: true, unitId };
  });
}
