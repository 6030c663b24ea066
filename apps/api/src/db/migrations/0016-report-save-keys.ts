// Frozen migration: each report remembers the key of the save that last wrote it, so a save
// sent again (a phone's offline queue retrying after a lost answer) is recognised and
// answered with the row it already made, never written as a second version (decision 24).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE reports ADD COLUMN IF NOT EXISTS save_key uuid`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE reports DROP COLUMN IF EXISTS save_key`.execute(db);
}
