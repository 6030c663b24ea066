// Frozen migration: migration 0005 was changed after it had run on some databases (commit
// 66df1c9 to 96d4374). Its first version queued every new event with a trigger, which
// today's append, queuing in its own statement, would then queue twice (duplicate key: no
// write could be audited); and it kept a B-tree index on audit_event.at. This brings such
// a database to what the final 0005 made; on any other database it changes nothing.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const steps = [
    sql`DROP TRIGGER IF EXISTS audit_event_queue ON audit_event`,
    sql`DROP FUNCTION IF EXISTS audit_event_queue_for_seal()`,
    sql`DROP INDEX IF EXISTS audit_event_at_idx`,
    sql`CREATE INDEX IF NOT EXISTS audit_event_at_brin ON audit_event USING brin (at)`,
  ];
  for (const step of steps) await step.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0006-first-0005-reconciled is not reversible');
}
