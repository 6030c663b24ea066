// Tests that check the audit chain seal what was committed first, as the app's sealer
// would a moment later, so "valid" covers every event and not just an empty chain.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { sealAuditEvents } from '../services/seal-audit-events.js';
import { verifyAuditChain } from '../services/verify-audit-chain.js';

export async function sealAndVerify(db: Kysely<Database>) {
  await sealAuditEvents(db);
  return verifyAuditChain(db);
}
