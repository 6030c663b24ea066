// How an appeal's money was used, newest first, for the staff screen (the public accounts
// show the same rows).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { toAmount } from '../db/schema-giving.js';

export async function listDisbursements(db: Kysely<Database>, appealId: string) {
  const rows = await db
    .selectFrom('disbursements')
    .select(['id', 'spent_on', 'recipient_group', 'amount', 'evidence_url'])
    .where('appeal_id', '=', appealId)
    .orderBy('spent_on', 'desc')
    .limit(5_000)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    spentOn: r.spent_on,
    recipientGroup: r.recipient_group,
    amount: toAmount(r.amount) ?? 0,
    evidenceUrl: r.evidence_url,
  }));
}
