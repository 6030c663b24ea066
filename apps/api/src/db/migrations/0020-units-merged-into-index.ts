// Frozen migration: the ancestor refresh of migration 0010 follows units.merged_into
// backwards (which units merged into a changed one) on every link change. Without an
// index that is a scan of every unit, so inserting n units cost O(n²): the national
// benchmark's 33,000 units stalled.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS units_merged_into_idx ON units (merged_into)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0020-units-merged-into-index is not reversible');
}
