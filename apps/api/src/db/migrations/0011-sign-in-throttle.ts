// Frozen migration: sign-in throttling state in the database, so every API replica counts
// the same failures (issue 11; decision 21). One row per counter: `pair:<email>|<address>`,
// `address:<address>`, `account:<email>`; an account row keeps the addresses that failed on
// it (bounded by the app) and the failure count at its last alert. Rows an hour past their
// latest failure mean nothing and are pruned by the app.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE sign_in_throttle (
      key text PRIMARY KEY,
      failures integer NOT NULL CHECK (failures >= 0),
      last_at timestamptz NOT NULL,
      alerted_at integer NOT NULL DEFAULT 0,
      addresses text[] NOT NULL DEFAULT '{}'
    )
  `.execute(db);
  await sql`CREATE INDEX sign_in_throttle_last_at_idx ON sign_in_throttle (last_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE sign_in_throttle`.execute(db);
}
