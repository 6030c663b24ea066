// Restores a PGlite snapshot into DATA_DIR, never under a running server: the lock is held
// from start to end. The snapshot is unpacked into a new directory beside the old one and
// opened (PostgreSQL recovery replays its WAL), migrated and checked; only then the old
// directory is moved aside, kept, and the new one takes its name.
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createDb } from '../db/create-db.js';
import { DataDirInUseError, lockDataDir } from '../db/data-dir-lock.js';
import { migrateToLatest } from '../db/migrate.js';
import { AppError } from '../errors.js';
import { checkRestored, type RestoreCheck } from './check-restored.js';

export interface PgliteRestore extends RestoreCheck {
  /** Where the directory that was replaced now is; null when there was none. */
  aside: string | null;
}

function serverRunning(dataDir: string, error: DataDirInUseError) {
  const who = error.holder ? `pid ${error.holder.pid} (${error.holder.command})` : 'pid ?';
  return new AppError('CONFLICT', {
    vi: `Không khôi phục được: ${who} đang dùng thư mục dữ liệu ${dataDir}. Hãy dừng máy chủ trước, rồi chạy lại lệnh khôi phục.`,
    en: `Cannot restore: ${who} is using the data directory ${dataDir}. Stop the server first, then run the restore again.`,
  });
}

export async function restorePglite(dataDir: string, file: string): Promise<PgliteRestore> {
  let lock: ReturnType<typeof lockDataDir>;
  try {
    lock = lockDataDir(dataDir);
  } catch (error) {
    throw error instanceof DataDirInUseError ? serverRunning(dataDir, error) : error;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const staging = `${dataDir}.restoring-${stamp}`;
  try {
    const snapshot = new Blob([readFileSync(file)]);
    let check: RestoreCheck;
    try {
      const handle = await createDb({ dataDir: staging, loadDataDir: snapshot });
      try {
        await migrateToLatest(handle.db as never);
        check = await checkRestored(handle.db);
      } finally {
        await handle.close();
      }
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    const aside = existsSync(dataDir) ? `${dataDir}.before-restore-${stamp}` : null;
    if (aside) renameSync(dataDir, aside);
    renameSync(staging, dataDir);
    return { ...check, aside };
  } finally {
    lock.release();
  }
}
