// `npm run restore FILE`: puts a backup back into the configured database. PGlite: only
// with no server on DATA_DIR (refused, naming it, otherwise); the replaced directory is
// kept beside it. PostgreSQL: only with no other session on the database. Prints what the
// restored database holds, so it can be compared with what was backed up.
import path from 'node:path';
import { restoreDatabase } from '../backup/restore-database.js';
import { loadDatabaseConfig } from '../config.js';
import { badRequest } from '../errors.js';
import { runCli } from './cli-target.js';

await runCli(async () => {
  const config = loadDatabaseConfig();
  const named = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (!named) {
    throw badRequest({
      vi: 'Cần tên tệp sao lưu: npm run restore <tệp>',
      en: 'Name the backup file: npm run restore <file>',
    });
  }
  console.log(
    config.databaseUrl
      ? 'PostgreSQL (DATABASE_URL): kết nối trực tiếp / connected directly'
      : `PGlite: khôi phục vào / restoring into ${config.dataDir} (máy chủ phải dừng / the server must be stopped)`,
  );
  const report = await restoreDatabase(
    { databaseUrl: config.databaseUrl, dataDir: config.dataDir },
    path.resolve(named),
  );
  const rows = report.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `Đã khôi phục / Restored (${report.format}): ${report.tables.length} bảng / tables, ${rows} dòng / rows`,
  );
  for (const table of report.tables)
    console.log(`  ${table.table}  ${table.rows}  ${table.checksum}`);
  if (report.aside)
    console.log(`Thư mục cũ được giữ tại / The replaced directory is kept at: ${report.aside}`);
  const { audit } = report;
  if (audit.isValid) {
    console.log(
      `Chuỗi kiểm toán hợp lệ / Audit chain verifies: ${audit.count} sự kiện đã niêm phong / sealed, ${audit.unsealed} đang chờ / queued`,
    );
  } else {
    console.error(
      `Chuỗi kiểm toán hỏng tại sự kiện / Audit chain broken at event ${audit.brokenAtSeq} (${audit.why})`,
    );
    process.exitCode = 2;
  }
});
