// `npm run backup`: a backup file of an open database. PGlite: a snapshot of the data
// directory; PostgreSQL: pg_dump's archive when pg_dump is here, else the logical dump.
// Written under a temporary name and renamed at the end, so a file that has the backup's
// name is always a whole backup.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DbHandle } from '../db/create-db.js';
import type { BackupFormat } from './backup-format.js';
import { writeLogicalDump } from './logical-dump.js';
import { hasPgTool, pgDump } from './pg-tools.js';
import { snapshotPglite } from './snapshot-pglite.js';

export interface BackupOptions {
  /** PostgreSQL only: the URL pg_dump connects to. */
  databaseUrl?: string | undefined;
  /** PostgreSQL only: the logical dump even where pg_dump exists. */
  isLogical?: boolean;
}

/** Writes `file` whole or not at all. */
export async function writeWhole(file: string, write: (partial: string) => Promise<void>) {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  try {
    await write(partial);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

export const writeSnapshot = (file: string, bytes: Uint8Array) =>
  writeWhole(file, async (partial) => writeFileSync(partial, bytes, { mode: 0o600 }));

export async function backupDatabase(
  handle: DbHandle,
  file: string,
  options: BackupOptions = {},
): Promise<BackupFormat> {
  if (handle.pglite) {
    await writeSnapshot(file, await snapshotPglite(handle.pglite));
    return 'pglite';
  }
  const url = options.databaseUrl;
  if (url && !options.isLogical && (await hasPgTool('pg_dump'))) {
    await writeWhole(file, (partial) => pgDump(url, partial));
    return 'pg_dump';
  }
  await writeWhole(file, async (partial) => {
    await writeLogicalDump(handle.db, partial);
  });
  return 'logical';
}
