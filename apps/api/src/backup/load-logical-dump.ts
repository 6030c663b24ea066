// Loads a logical dump (logical-dump.ts) into a migrated database of the same version, in
// one transaction: every app table emptied, the rows inserted as they were, the sequences
// set back. Triggers are off for the load (session_replication_role = replica, which needs
// a superuser or a role granted SET on it): the audit log's append-only guard would refuse
// the TRUNCATE, and its queueing trigger would queue events that are already sealed.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import {
  LOGICAL_FORMAT,
  type LogicalHeader,
  readMigrations,
  rowLinePrefix,
} from './logical-dump.js';

const BATCH = 1000;

const notLogicalDump = () =>
  badRequest({ vi: 'Không phải bản sao lưu logic của Lan Tỏa', en: 'Not a Lan Tỏa logical dump' });

const otherVersion = (backup: string[], database: string[]) =>
  badRequest({
    vi: `Bản sao lưu thuộc phiên bản lược đồ khác (${backup.at(-1)}, cơ sở dữ liệu: ${database.at(-1)}): hãy khôi phục bằng đúng phiên bản đã tạo nó.`,
    en: `The backup is of another schema version (${backup.at(-1)}, database: ${database.at(-1)}): restore it with the version that made it.`,
  });

/** The table a row line belongs to, read from its prefix without parsing the row. */
const tableOf = (line: string) =>
  (JSON.parse(`${line.slice(0, line.indexOf(',"r":'))}}`) as { t: string }).t;

export async function loadLogicalDump(db: Kysely<Database>, file: string): Promise<number> {
  const input = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })[
    Symbol.asyncIterator
  ]();
  const first = await lines.next();
  const header = JSON.parse(first.done ? '{}' : first.value) as LogicalHeader;
  if (header.format !== LOGICAL_FORMAT) throw notLogicalDump();
  return db.transaction().execute(async (trx) => {
    const migrations = await readMigrations(trx);
    if (migrations.join() !== header.migrations.join()) {
      throw otherVersion(header.migrations, migrations);
    }
    await sql`SET LOCAL session_replication_role = replica`.execute(trx);
    await sql`TRUNCATE ${sql.join(header.tables.map((t) => sql.table(t)))}`.execute(trx);
    const count = await insertRows(trx, header.tables, lines);
    for (const seq of header.sequences) {
      await sql`SELECT setval(${seq.name}::regclass, ${seq.lastValue}::bigint, ${seq.isCalled})`.execute(
        trx,
      );
    }
    return count;
  });
}

/**
 * The columns a row is loaded into: all but generated ones (migration 0030's folded names),
 * which PostgreSQL refuses to be given and computes again from the loaded values.
 */
async function storedColumns(db: Kysely<Database>, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT column_name AS name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table} AND is_generated = 'NEVER'
    ORDER BY ordinal_position`.execute(db);
  return rows.map((r) => r.name);
}

/** Inserts the rows of consecutive lines of one table a batch at a time. */
async function insertRows(
  db: Kysely<Database>,
  tables: string[],
  lines: AsyncIterator<string>,
): Promise<number> {
  let count = 0;
  let table = '';
  let rows: string[] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    const target = sql.table(table);
    const columns = sql.join((await storedColumns(db, table)).map((c) => sql.ref(c)));
    await sql`INSERT INTO ${target} (${columns}) OVERRIDING SYSTEM VALUE
      SELECT ${columns} FROM json_populate_recordset(NULL::${target}, ${`[${rows.join(',')}]`}::json)`.execute(
      db,
    );
    count += rows.length;
    rows = [];
  };
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const lineTable = tableOf(next.value);
    if (!tables.includes(lineTable)) throw notLogicalDump();
    if (lineTable !== table || rows.length >= BATCH) await flush();
    table = lineTable;
    rows.push(next.value.slice(rowLinePrefix(table).length, -1));
  }
  await flush();
  return count;
}
