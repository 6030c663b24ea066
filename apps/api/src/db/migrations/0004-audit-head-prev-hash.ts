// Frozen migration: the audit head remembers the hash before the last one, so one UPDATE
// can advance the chain and hand both hashes to the INSERT of the event (decision 4).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_head ADD COLUMN prev_hash text`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0004-audit-head-prev-hash is not reversible');
}
