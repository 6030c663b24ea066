// How every CLI reaches the database, and says which (decision 9): with DATABASE_URL,
// directly (PostgreSQL handles concurrency); with PGlite, directly under the data-directory
// lock when no server runs, or through the running server's control channel when one does.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseConfig } from '../config.js';
import { createDb, type DbHandle } from '../db/create-db.js';
import { DataDirInUseError, type LockHolder } from '../db/data-dir-lock.js';
import { AppError } from '../errors.js';

export type CliTarget =
  | { via: 'server'; holder: LockHolder; say: string }
  | { via: 'direct'; handle: DbHandle; say: string };

export async function openCliTarget(config: DatabaseConfig): Promise<CliTarget> {
  if (config.databaseUrl) {
    const handle = await createDb({ databaseUrl: config.databaseUrl, poolSize: 2 });
    return {
      via: 'direct',
      handle,
      say: 'PostgreSQL (DATABASE_URL): kết nối trực tiếp / connected directly',
    };
  }
  // Opening a directory that has no database would create an empty one: say so instead.
  if (!existsSync(path.join(config.dataDir, 'PG_VERSION'))) {
    throw new AppError('NOT_FOUND', {
      vi: `Chưa có cơ sở dữ liệu tại ${config.dataDir} (DATA_DIR). Hãy chạy npm start trước.`,
      en: `There is no database at ${config.dataDir} (DATA_DIR). Run npm start first.`,
    });
  }
  try {
    const handle = await createDb({ dataDir: config.dataDir });
    return {
      via: 'direct',
      handle,
      say: `Không có máy chủ nào đang chạy: mở trực tiếp ${config.dataDir} (đã khoá) / No server running: opened ${config.dataDir} directly (locked)`,
    };
  } catch (error) {
    if (!(error instanceof DataDirInUseError) || !error.holder?.control) throw error;
    const { pid } = error.holder;
    return {
      via: 'server',
      holder: error.holder,
      say: `Qua máy chủ đang chạy (pid ${pid}) / Through the running server (pid ${pid})`,
    };
  }
}

/** Runs a CLI's body; a refusal or an AppError ends it with its two messages, no stack. */
export async function runCli(body: () => Promise<void>) {
  try {
    await body();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(`${error.messages.vi}\n${error.messages.en}`);
    process.exitCode = 1;
  }
}
