// Start-up steps after the database opens: migrate, seed, make sure someone can sign in.
// Returns what main.ts prints: demo credentials, or the one-time setup secret. On
// PostgreSQL the steps wait for the database (db/wait-for-database.ts) on a connection of
// their own without the serving pool's query timeout: a migration may rightly take longer.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { todayInVietnam } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { hashPassword } from './auth/passwords.js';
import type { AppConfig } from './config.js';
import { createDb, type DbHandle } from './db/create-db.js';
import { migrateToLatest } from './db/migrate.js';
import type { Database } from './db/schema.js';
import { describeDatabaseUrl, waitForDatabase } from './db/wait-for-database.js';
import { seedIfEmpty } from './seed/index.js';
import { createFirstAdmin } from './services/create-first-admin.js';
import { sealAuditEvents } from './services/seal-audit-events.js';

export interface BootstrapResult {
  migrated: string[];
  seeded: boolean;
  demoPassword: string | null;
  setupSecret: string | null;
  /** Sealing what was left unsealed failed: the app's sealer retries it while serving. */
  sealError: unknown;
}

/** The generated demo password is kept beside the data so every start can print it. */
function demoPassword(config: AppConfig): string {
  if (config.demoPassword) return config.demoPassword;
  const file = path.join(path.dirname(config.dataDir), 'demo-password.txt');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const generated = `Demo-${randomBytes(9).toString('base64url')}`;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  return generated;
}

/** `now` dates the demo data; tests pass a fixed clock so the demo they check is the same
 *  every day. */
export async function bootstrap(
  db: Kysely<Database>,
  config: AppConfig,
  now = new Date(),
): Promise<BootstrapResult> {
  const migrated = await migrateToLatest(db as Kysely<unknown>);
  const password = config.isDemo ? demoPassword(config) : null;
  const hasUnits = await db.selectFrom('units').select('id').limit(1).executeTakeFirst();
  const seeded =
    !hasUnits &&
    (await seedIfEmpty(db, {
      isDemo: config.isDemo,
      today: todayInVietnam(now),
      ...(password ? { demoPasswordHash: await hashPassword(password) } : {}),
    })) === 'seeded';
  const admin = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .executeTakeFirst();
  let setupSecret: string | null = null;
  if (!admin) {
    setupSecret = randomBytes(18).toString('base64url');
    if (config.adminEmail && config.adminPassword) {
      await createFirstAdmin(db, setupSecret, {
        secret: setupSecret,
        email: config.adminEmail,
        name: 'Quản trị viên',
        password: config.adminPassword,
      });
      setupSecret = null;
    }
  }
  // What the seed (or a stopped process) left unsealed is chained before serving. A
  // failure here must not keep the server from serving: the app's sealer tries again.
  const sealError = await sealAuditEvents(db).then(
    () => null,
    (error: unknown) => error ?? new Error('audit seal failed'),
  );
  return { migrated, seeded, demoPassword: password, setupSecret, sealError };
}

/** bootstrap, waiting for the database if it is unreachable (PostgreSQL only). */
export async function bootstrapWhenReady(
  handle: DbHandle,
  config: AppConfig,
  log: (line: string) => void,
): Promise<BootstrapResult> {
  if (handle.engine !== 'postgres' || !config.databaseUrl) return bootstrap(handle.db, config);
  const databaseUrl = config.databaseUrl;
  return waitForDatabase(
    async () => {
      const setup = await createDb({
        databaseUrl,
        poolSize: 2,
        connectTimeoutMs: config.dbConnectTimeoutMs,
      });
      try {
        return await bootstrap(setup.db, config);
      } finally {
        await setup.close().catch(() => {});
      }
    },
    { what: describeDatabaseUrl(databaseUrl), log },
  );
}
