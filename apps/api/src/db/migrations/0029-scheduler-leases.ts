// Frozen migration: one replica runs each scheduled job (decision 35). A job's row names the
// process that holds it and until when; a replica runs the job on a tick only if it holds
// the lease or the lease has lapsed, so several API processes on one database do not all
// evaluate the rules, send the outbox or call Graph on every tick.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE scheduler_leases (
      job text PRIMARY KEY,
      holder text NOT NULL,
      held_until timestamptz NOT NULL
    )
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0029-scheduler-leases is not reversible');
}
