// Frozen migration: what the records screens need beyond 0001 — edit timestamps and
// versions on every record, files for publications (the digital archive), and the
// reviewer's note on stories.
import { type Kysely, sql } from 'kysely';

const RECORD_TABLES = [
  'code_of_conduct_sessions',
  'communication_staff',
  'facebook_pages',
  'training_courses',
  'campaigns',
  'campaign_participations',
  'publications',
  'app_milestones',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of RECORD_TABLES) {
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`.execute(
      db,
    );
  }
  await sql`ALTER TABLE app_milestones ADD COLUMN version integer NOT NULL DEFAULT 1`.execute(db);
  await sql`ALTER TABLE ambassadors ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`.execute(
    db,
  );
  await sql`ALTER TABLE stories ADD COLUMN review_comment text`.execute(db);
  await sql`
    CREATE TABLE publication_files (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      publication_id uuid NOT NULL REFERENCES publications(id),
      file_name text NOT NULL,
      content_type text NOT NULL,
      size_bytes integer NOT NULL,
      sha256 text NOT NULL,
      data bytea NOT NULL,
      uploaded_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  await sql`CREATE INDEX publication_files_publication_idx ON publication_files (publication_id)`.execute(
    db,
  );
  for (const table of RECORD_TABLES) {
    await sql`CREATE INDEX ${sql.raw(`${table}_unit_idx`)} ON ${sql.table(table)} (${sql.raw(table === 'campaigns' ? 'starts_on' : 'unit_id')})`.execute(
      db,
    );
  }
}

export async function down(): Promise<void> {
  throw new Error('0002-records is not reversible');
}
