// Dialect factory: one Kysely type over two engines. Without DATABASE_URL the API runs
// PGlite (PostgreSQL compiled to WASM) on a local data directory so `npm start` needs no
// server; with DATABASE_URL it talks to a real PostgreSQL through `pg`. Both return DATE
// columns as 'YYYY-MM-DD' strings: a JS Date would shift calendar dates by the host zone.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { type DataDirLock, lockDataDir } from './data-dir-lock.js';
import { openDurablePglite } from './durable-pglite.js';
import { guardClient } from './guard-pg-clients.js';
import { prepareMarkedQueries } from './prepared-statements.js';
import type { Database } from './schema.js';

const PG_DATE_OID = 1082;
const PG_INT8_OID = 20;
const keepText = (value: string) => value;

pg.types.setTypeParser(PG_DATE_OID, keepText);
// bigint counts (count(*)) fit in a JS number for anything this app counts.
pg.types.setTypeParser(PG_INT8_OID, (value: string) => Number(value));

export type DbEngine = 'pglite' | 'postgres';

export interface DbHandle {
  db: Kysely<Database>;
  engine: DbEngine;
  /** Only on PostgreSQL: a dedicated client factory for LISTEN. */
  pool: pg.Pool | null;
  pglite: PGlite | null;
  /** Only on PGlite with a data directory: this process's exclusive hold on it. */
  lock?: DataDirLock | undefined;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** PGlite only: a snapshot (dumpDataDir) to unpack into a new, empty data directory. */
  loadDataDir?: Blob | undefined;
  poolSize?: number;
  /** PostgreSQL only: longest wait for a pooled connection (queue or new), 0 = none. */
  connectTimeoutMs?: number;
  /** PostgreSQL only: a query unanswered this long has its connection destroyed, 0 = none. */
  queryTimeoutMs?: number;
}

export async function createDb(options: CreateDbOptions): Promise<DbHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // During an outage a request waits this long at most for a connection, then gets 503.
      connectionTimeoutMillis: options.connectTimeoutMs ?? 0,
      keepAlive: true,
    });
    // An idle client can be cut by the server (restart, DROP DATABASE ... FORCE). pg emits
    // that on the pool; unheard, it would crash the process. The pool replaces the client.
    // One line per outage, not one per client: the first says it, the rest are the same.
    let isReported = false;
    const onClientError = (error: Error & { code?: string }) => {
      if (error.code === '57P01' || isReported) return;
      isReported = true;
      process.stderr.write(`postgres: ${error.message}\n`);
    };
    pool.on('error', onClientError);
    pool.on('connect', (client) => {
      isReported = false;
      guardClient(client, { queryTimeoutMs: options.queryTimeoutMs ?? 0, onError: onClientError });
      prepareMarkedQueries(client);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', pool, pglite: null, close: () => db.destroy() };
  }
  return openPglite(options);
}

async function openPglite(options: CreateDbOptions): Promise<DbHandle> {
  // PGlite creates the data directory itself but not its parents.
  if (options.dataDir) mkdirSync(path.dirname(options.dataDir), { recursive: true });
  // One process per directory (decision 9): a second opener is refused here, before PGlite.
  const lock = options.dataDir ? lockDataDir(options.dataDir) : undefined;
  let pglite: PGlite;
  try {
    // Every commit is fsynced before it returns: an acknowledged write survives a power cut.
    pglite = await openDurablePglite(options.dataDir, {
      parsers: { [PG_DATE_OID]: keepText, [PG_INT8_OID]: (v: string) => Number(v) },
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  const close = async () => {
    try {
      await db.destroy();
    } finally {
      lock?.release();
    }
  };
  return { db, engine: 'pglite', pool: null, pglite, lock, close };
}
