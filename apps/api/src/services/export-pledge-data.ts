// A giver's right to see what is held about them (Law 91/2025/QH15): one pledge, whole.
import type { Kysely } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import type { Database } from '../db/schema.js';
import { pledgeAppeal } from './erase-pledge.js';
import { loadAppealFor } from './load-appeal-for.js';

/** Everything held about one giver's pledge, for a subject access request. */
export async function exportPledgeData(db: Kysely<Database>, scope: Scope, pledgeId: string) {
  await loadAppealFor(db, scope, 'pledge.seeContacts', await pledgeAppeal(db, pledgeId));
  const row = await db
    .selectFrom('pledges')
    .selectAll()
    .where('id', '=', pledgeId)
    .executeTakeFirstOrThrow();
  return {
    reference: row.reference,
    displayName: row.display_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    amount: row.amount === null ? null : Number(row.amount),
    consentVersion: row.consent_version,
    consentedAt: new Date(row.consented_at).toISOString(),
    receivedAmount: row.received_amount === null ? null : Number(row.received_amount),
    receivedOn: row.received_on,
    erasedAt: row.erased_at ? new Date(row.erased_at).toISOString() : null,
  };
}
