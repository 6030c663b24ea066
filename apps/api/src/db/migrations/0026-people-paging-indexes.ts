// Frozen migration: ambassadors and campaigns page by keyset (decision 33). Ambassadors
// are read per province by (name, id); campaigns newest first by (starts_on, id), Central's
// and a province's together. With these indexes a page reads its rows in order and stops at
// the limit. Users page by (email, id) on the unique email index that 0001 made.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS ambassadors_province_name_idx
    ON ambassadors (province_id, name, id)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS campaigns_starts_idx
    ON campaigns (starts_on DESC, id DESC)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0026-people-paging-indexes is not reversible');
}
