// Frozen migration: each uploaded file remembers the key the phone sent it under and the
// version its upload made, so an upload sent again after its answer was lost is answered as
// the first one was instead of attaching the file twice (decision 34, amended).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, parent] of [
    ['report_files', 'report_id'],
    ['publication_files', 'publication_id'],
  ] as const) {
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN upload_key uuid, ADD COLUMN upload_version integer`.execute(
      db,
    );
    await sql`CREATE UNIQUE INDEX ${sql.raw(`${table}_upload_key`)} ON ${sql.table(table)} (${sql.ref(parent)}, upload_key) WHERE upload_key IS NOT NULL`.execute(
      db,
    );
  }
}

export async function down(): Promise<void> {
  throw new Error('0031-upload-keys is not reversible');
}
