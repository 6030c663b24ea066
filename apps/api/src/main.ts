// Entry point of `npm start`: open the database, bootstrap, serve, and say how to sign in.
import { buildApp } from './app.js';
import { bootstrapWhenReady } from './bootstrap.js';
import { loadConfigOrExit } from './config.js';
import { createDb } from './db/create-db.js';
import { exitIfDataDirInUse } from './db/data-dir-lock.js';
import { startControlChannel } from './http/control-channel.js';
import { controlOperations } from './http/control-operations.js';
import { startInvalidationBridge } from './public/invalidation-bridge.js';
import { demoEmails } from './seed/demo-accounts.js';

const startedAt = performance.now();
const config = loadConfigOrExit();
const handle = await createDb({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  connectTimeoutMs: config.dbConnectTimeoutMs,
  queryTimeoutMs: config.dbQueryTimeoutMs,
}).catch(exitIfDataDirInUse);
// PostgreSQL not up yet: wait for it (saying so) rather than exit.
const result = await bootstrapWhenReady(handle, config, (line) => console.log(line));
if (result.sealError) {
  console.warn(
    'Chưa niêm phong được nhật ký kiểm toán khi khởi động; máy chủ vẫn phục vụ và sẽ thử lại. / ' +
      `The audit log could not be sealed at start; the server serves anyway and retries. (${String(result.sealError)})`,
  );
}
const app = await buildApp({
  db: handle.db,
  config,
  setupSecret: result.setupSecret,
  logger: true,
});
const invalidation = await startInvalidationBridge(app, handle);
app.noticeScheduler.start();
await app.listen({ port: config.port, host: config.host });
// CLIs run while this server holds DATA_DIR ask it to do their work (decision 9).
const control = handle.lock
  ? await startControlChannel(handle.lock, controlOperations(handle, app), (err) =>
      app.log.error({ err }, 'control channel'),
    )
  : null;

const url = `http://localhost:${config.port}`;
const lines = [
  '',
  `Lan Tỏa đang chạy tại ${url}  (ready in ${Math.round(performance.now() - startedAt)} ms)`,
  `  database: ${handle.engine === 'pglite' ? `PGlite (${config.dataDir})` : 'PostgreSQL (DATABASE_URL)'}`,
];
if (result.demoPassword) {
  const [admin, reviewer, , firstCadre] = demoEmails();
  lines.push(
    '  Tài khoản demo / demo accounts:',
    `    ${admin}  ·  ${reviewer}  ·  ${firstCadre} (cadre.<mã huyện cũ>@demo.lantoa.vn: nay ở Hội CTĐ xã, phường, đặc khu / now at a commune-level chapter)`,
    `    mật khẩu / password: ${result.demoPassword}`,
  );
}
if (result.setupSecret) {
  lines.push(
    '  Chưa có quản trị viên. Tạo quản trị viên đầu tiên tại / create the first administrator at:',
    `    ${url}/setup   mã thiết lập một lần / one-time secret: ${result.setupSecret}`,
  );
}
console.log(lines.join('\n'));

async function shutdown() {
  await control?.stop();
  await invalidation.stop();
  await app.close();
  await handle.close();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
