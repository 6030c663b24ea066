// A logical dump of the app's own tables, for a PostgreSQL without pg_dump at hand:
// gzipped JSON lines, a header naming the tables, migrations and sequences, then one line
// per row (`row_to_json`). Read in one repeatable-read snapshot so the rows agree with
// each other; each table is paged by ctid, which the snapshot keeps stable.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import { listTables } from './fingerprint-tables.js';

export const LOGICAL_FORMAT = 'lantoa-logical-dump';
const PAGE = 2000;

export interface LogicalHeader {
  format: typeof LOGICAL_FORMAT;
  version: 1;
  createdAt: string;
  tables: string[];
  migrations: string[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
}

/** A row line is `{"t":<table>,"r":<row_to_json text>}`; the row's text is copied as
 *  PostgreSQL wrote it, never parsed, so no bigint or numeric loses digits in JavaScript. */
export const rowLinePrefix = (table: string) => `{"t":${JSON.stringify(table)},"r":`;

export async function readSequences(db: Kysely<Database>): Promise<LogicalHeader['sequences']> {
  const { rows } = await sql<{ name: string }>`
    SELECT sequence_name AS name FROM information_schema.sequences
    WHERE sequence_schema = 'public' ORDER BY sequence_name`.execute(db);
  const result: LogicalHeader['sequences'] = [];
  for (const { name } of rows) {
    const { rows: state } = await sql<{ last_value: string; is_called: boolean }>`
      SELECT last_value::text, is_called FROM ${sql.table(name)}`.execute(db);
    const row = state[0] as { last_value: string; is_called: boolean };
    result.push({ name, lastValue: row.last_value, isCalled: row.is_called });
  }
  return result;
}

export async function readMigrations(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.map((row) => row.name);
}

/** Writes the dump to `file` and returns how many rows it holds. */
export async function writeLogicalDump(db: Kysely<Database>, file: string): Promise<number> {
  const gzip = createGzip();
  const done = once(gzip.pipe(createWriteStream(file, { mode: 0o600 })), 'finish');
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  const count = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const tables = await listTables(trx);
      const header: LogicalHeader = {
        format: LOGICAL_FORMAT,
        version: 1,
        createdAt: new Date().toISOString(),
        tables,
        migrations: await readMigrations(trx),
        sequences: await readSequences(trx),
      };
      await write(JSON.stringify(header));
      let rows = 0;
      for (const table of tables) rows += await dumpTable(trx, table, write);
      return rows;
    });
  gzip.end();
  await done;
  return count;
}

async function dumpTable(
  db: Kysely<Database>,
  table: string,
  write: (line: string) => Promise<void>,
): Promise<number> {
  const prefix = rowLinePrefix(table);
  let after = '(0,0)';
  let count = 0;
  for (;;) {
    const { rows } = await sql<{ ctid: string; row: string }>`
      SELECT ctid::text AS ctid, row_to_json(t)::text AS row FROM ${sql.table(table)} t
      WHERE ctid > ${after}::tid ORDER BY ctid LIMIT ${PAGE}`.execute(db);
    for (const { row } of rows) await write(`${prefix}${row}}`);
    count += rows.length;
    if (rows.length < PAGE) return count;
    after = (rows.at(-1) as { ctid: string }).ctid;
  }
}
