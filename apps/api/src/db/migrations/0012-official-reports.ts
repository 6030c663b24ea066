// Frozen migration: official reports (Decree 30/2020/NĐ-CP) as generated. The .docx is
// kept byte for byte with the inputs the user filled in, so a report sent to the Central
// Committee can be downloaded again exactly as it left, whatever the data says later.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE official_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id),
      kind text NOT NULL CHECK (kind IN ('annual', 'midterm', 'final')),
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      period_end date NOT NULL,
      number text NOT NULL,
      issued_on date NOT NULL,
      inputs jsonb NOT NULL,
      file_name text NOT NULL,
      data bytea NOT NULL,
      size_bytes integer NOT NULL,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  await sql`CREATE INDEX official_reports_unit ON official_reports (unit_id, created_at)`.execute(
    db,
  );
}

export async function down(): Promise<void> {
  throw new Error('0012-official-reports is not reversible');
}
