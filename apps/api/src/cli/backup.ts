// `npm run backup [FILE]`: a backup of the configured database, taken while the server
// runs or not. Default FILE: <DATA_DIR's parent>/backups/lantoa-<engine>-<time>.<ext>.
// `--logical` (PostgreSQL) writes the logical dump even where pg_dump exists.
import { statSync } from 'node:fs';
import path from 'node:path';
import { backupDatabase, writeSnapshot } from '../backup/backup-database.js';
import { BACKUP_EXTENSION, type BackupFormat } from '../backup/backup-format.js';
import { hasPgTool } from '../backup/pg-tools.js';
import { type DatabaseConfig, loadDatabaseConfig } from '../config.js';
import { openCliTarget, runCli } from './cli-target.js';
import { callServer } from './control-client.js';

const args = process.argv.slice(2);
const isLogical = args.includes('--logical');
const named = args.find((arg) => !arg.startsWith('--'));

function defaultFile(config: DatabaseConfig, format: BackupFormat) {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const engine = config.databaseUrl ? 'postgres' : 'pglite';
  const dir = path.join(path.dirname(config.dataDir), 'backups');
  return path.join(dir, `lantoa-${engine}-${stamp}.${BACKUP_EXTENSION[format]}`);
}

/** pg_dump where it exists (unless --logical), the logical dump otherwise. */
async function plannedFormat(config: DatabaseConfig): Promise<BackupFormat> {
  if (!config.databaseUrl) return 'pglite';
  return !isLogical && (await hasPgTool('pg_dump')) ? 'pg_dump' : 'logical';
}

await runCli(async () => {
  const config = loadDatabaseConfig();
  const target = await openCliTarget(config);
  console.log(target.say);
  const format = await plannedFormat(config);
  const file = path.resolve(named ?? defaultFile(config, format));
  if (target.via === 'server') {
    const response = await callServer(target.holder, 'backup');
    await writeSnapshot(file, new Uint8Array(await response.arrayBuffer()));
  } else {
    try {
      await backupDatabase(target.handle, file, {
        databaseUrl: config.databaseUrl,
        isLogical: format === 'logical',
      });
    } finally {
      await target.handle.close();
    }
  }
  const size = (statSync(file).size / 1024 / 1024).toFixed(1);
  console.log(
    `Đã sao lưu (${format}, ${size} MB) vào / Backed up (${format}, ${size} MB) to: ${file}`,
  );
});
