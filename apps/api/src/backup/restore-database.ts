// `npm run restore FILE`: puts a backup back into the configured database, whichever engine,
// and reports what it holds (counts, checksums, audit chain). PostgreSQL is restored only
// while nobody else is connected to it; PGlite only while no process holds DATA_DIR.
import { type Kysely, sql } from 'kysely';
import { createDb } from '../db/create-db.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Database } from '../db/schema.js';
import { AppError, badRequest } from '../errors.js';
import { type BackupFormat, detectBackupFormat } from './backup-format.js';
import { checkRestored, type RestoreCheck } from './check-restored.js';
import { loadLogicalDump } from './load-logical-dump.js';
import { hasPgTool, pgRestore } from './pg-tools.js';
import { restorePglite } from './restore-pglite.js';

export interface RestoreTarget {
  databaseUrl: string | undefined;
  dataDir: string;
}

export interface RestoreReport extends RestoreCheck {
  format: BackupFormat;
  aside: string | null;
}

export async function restoreDatabase(target: RestoreTarget, file: string): Promise<RestoreReport> {
  const format = await detectBackupFormat(file);
  if (!format) {
    throw badRequest({
      vi: `${file} không phải một bản sao lưu của Lan Tỏa`,
      en: `${file} is not a Lan Tỏa backup`,
    });
  }
  if (!target.databaseUrl) {
    if (format !== 'pglite') throw wrongEngine('PostgreSQL (DATABASE_URL)');
    return { format, ...(await restorePglite(target.dataDir, file)) };
  }
  if (format === 'pglite')
    throw wrongEngine('PGlite (DATA_DIR, không đặt DATABASE_URL / DATABASE_URL unset)');
  const handle = await createDb({ databaseUrl: target.databaseUrl, poolSize: 1 });
  try {
    await refuseIfOthersConnected(handle.db);
    if (format === 'pg_dump') {
      if (!(await hasPgTool('pg_restore'))) throw missingPgRestore();
      await pgRestore(target.databaseUrl, file);
    } else {
      await migrateToLatest(handle.db as never);
      await loadLogicalDump(handle.db, file);
    }
    await migrateToLatest(handle.db as never);
    return { format, aside: null, ...(await checkRestored(handle.db)) };
  } finally {
    await handle.close();
  }
}

const wrongEngine = (engine: string) =>
  badRequest({
    vi: `Bản sao lưu này thuộc cơ sở dữ liệu khác loại; hãy khôi phục nó với ${engine}.`,
    en: `This backup is of the other kind of database; restore it with ${engine}.`,
  });

const missingPgRestore = () =>
  badRequest({
    vi: 'Cần pg_restore (gói postgresql-client) để khôi phục bản pg_dump.',
    en: 'pg_restore (package postgresql-client) is needed to restore a pg_dump archive.',
  });

/** A server still connected would serve from tables the restore drops and recreates. */
async function refuseIfOthersConnected(db: Kysely<Database>) {
  const { rows } = await sql<{ sessions: number; apps: string | null }>`
    SELECT count(*)::int AS sessions,
      string_agg(DISTINCT nullif(application_name, ''), ', ') AS apps
    FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid()`.execute(db);
  const { sessions, apps } = rows[0] as { sessions: number; apps: string | null };
  if (Number(sessions) === 0) return;
  const who = `${sessions}${apps ? ` (${apps})` : ''}`;
  throw new AppError('CONFLICT', {
    vi: `Không khôi phục được: còn ${who} phiên khác đang kết nối tới cơ sở dữ liệu này. Hãy dừng các máy chủ Lan Tỏa trước.`,
    en: `Cannot restore: ${who} other sessions are connected to this database. Stop the Lan Tỏa servers first.`,
  });
}
