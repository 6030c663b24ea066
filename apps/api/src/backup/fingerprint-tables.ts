// What a restore is checked against: every table's row count and a checksum of its rows,
// read in one snapshot. Rows are hashed in their text form, sorted, so the checksum does
// not depend on physical order (a restore rewrites every page).
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';

export interface TableFingerprint {
  table: string;
  rows: number;
  checksum: string;
}

/** The app's tables in the public schema (the migrator's own included), by name. */
export async function listTables(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
    ORDER BY table_name`.execute(db);
  return rows.map((row) => row.name);
}

export function fingerprintTables(db: Kysely<Database>): Promise<TableFingerprint[]> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const result: TableFingerprint[] = [];
      for (const table of await listTables(trx)) {
        const { rows } = await sql<{ rows: number; checksum: string }>`
          SELECT count(*)::int AS rows,
            md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum
          FROM ${sql.table(table)} t`.execute(trx);
        const row = rows[0] as { rows: number; checksum: string };
        result.push({ table, rows: Number(row.rows), checksum: row.checksum });
      }
      return result;
    });
}
