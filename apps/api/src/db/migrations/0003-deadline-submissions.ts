// Frozen migration: units record that they met a reporting deadline of the plan (their
// own plan by 10/01/2025, each year's report, the reviews), with the date and a link.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE deadline_submissions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id),
      deadline_id text NOT NULL,
      submitted_on date NOT NULL,
      link text,
      note text NOT NULL DEFAULT '',
      created_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (unit_id, deadline_id)
    )
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0003-deadline-submissions is not reversible');
}
