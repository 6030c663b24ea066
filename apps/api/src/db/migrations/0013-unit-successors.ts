// Frozen migration: a unit closed into several successors (a district split among the
// commune-level chapters formed from it on 1 July 2025) names each of them. `merged_into`
// keeps the principal successor, so a single merge needs no row here (decision 19).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE unit_successors (
      unit_id uuid NOT NULL REFERENCES units(id),
      successor_id uuid NOT NULL REFERENCES units(id),
      PRIMARY KEY (unit_id, successor_id),
      CHECK (unit_id <> successor_id)
    )
  `.execute(db);
  await sql`CREATE INDEX unit_successors_successor ON unit_successors (successor_id)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0013-unit-successors is not reversible');
}
