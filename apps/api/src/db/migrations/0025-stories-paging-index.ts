// Frozen migration: stories.list pages by (updated_at, id), newest first (issue 11). Without
// an index in that order each page sorted every story of the deployment; with it, a page
// reads its rows in order and stops at the limit.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS stories_updated_idx ON stories (updated_at DESC, id DESC)`.execute(
    db,
  );
}

export async function down(): Promise<void> {
  throw new Error('0025-stories-paging-index is not reversible');
}
