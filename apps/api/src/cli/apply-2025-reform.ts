// `npm run demo:reform`: applies the 1 July 2025 reform to the configured database (the
// embedded demo by default), so the dashboard as of 30/06/2025 and as of today differ.
import { loadConfig } from '../config.js';
import { createDb } from '../db/create-db.js';
import { migrateToLatest } from '../db/migrate.js';
import { apply2025Reform } from '../services/apply-2025-reform.js';
import { sealAuditEvents } from '../services/seal-audit-events.js';
import { sessionUserOfAdmin } from '../services/session-user-of-admin.js';

const config = loadConfig();
const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrateToLatest(handle.db as never);
  const actor = await sessionUserOfAdmin(handle.db);
  const result = await apply2025Reform(handle.db, actor);
  // The app's sealer would chain these events when it next runs; no need to wait for it.
  await sealAuditEvents(handle.db);
  console.log(
    `Đã áp dụng sáp nhập 01/07/2025: ${result.moved} đơn vị chuyển về Hội CTĐ tỉnh An Giang, ${result.closed} đơn vị giải thể/sáp nhập.`,
  );
} finally {
  await handle.close();
}
