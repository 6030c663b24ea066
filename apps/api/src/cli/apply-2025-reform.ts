// `npm run demo:reform`: applies the 1 July 2025 reform to the configured database (the
// embedded demo by default), so the dashboard as of 30/06/2025 and as of today differ.
// Safe while the server runs: it then asks the server to do it (decision 9).
import { formatDateVi } from '@lantoa/domain';
import { loadDatabaseConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { reform2025AppliedOn } from '../seed/reform-2025-status.js';
import { apply2025Reform } from '../services/apply-2025-reform.js';
import { sealAuditEvents } from '../services/seal-audit-events.js';
import { sessionUserOfAdmin } from '../services/session-user-of-admin.js';
import { openCliTarget, runCli } from './cli-target.js';
import { callServer } from './control-client.js';

type ReformResult = Awaited<ReturnType<typeof apply2025Reform>> | { alreadyAppliedOn: string };

async function reform(): Promise<ReformResult> {
  const target = await openCliTarget(loadDatabaseConfig());
  console.log(target.say);
  if (target.via === 'server') {
    return (await (await callServer(target.holder, 'reform')).json()) as ReformResult;
  }
  const { db } = target.handle;
  try {
    await migrateToLatest(db as never);
    const appliedOn = await reform2025AppliedOn(db);
    if (appliedOn) return { alreadyAppliedOn: appliedOn };
    const result = await apply2025Reform(db, await sessionUserOfAdmin(db));
    // The app's sealer would chain these events when it next runs; no need to wait for it.
    await sealAuditEvents(db);
    return result;
  } finally {
    await target.handle.close();
  }
}

await runCli(async () => {
  const result = await reform();
  if ('alreadyAppliedOn' in result) {
    console.log(
      `Sáp nhập 01/07/2025 đã có trong dữ liệu (từ ${formatDateVi(result.alreadyAppliedOn)}): không thay đổi gì. / The 1 July 2025 reform is already in this database: nothing changed.`,
    );
    return;
  }
  console.log(
    `Đã áp dụng sáp nhập 01/07/2025: ${result.moved} đơn vị chuyển về Hội CTĐ tỉnh An Giang, ${result.closed} đơn vị giải thể/sáp nhập.`,
  );
});
