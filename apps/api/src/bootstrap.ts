// Start-up steps after the database opens: migrate, seed, make sure someone can sign in.
// Returns what main.ts prints: demo credentials, or the one-time setup secret.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { todayInVietnam } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { hashPassword } from './auth/passwords.js';
import type { AppConfig } from './config.js';
import { migrateToLatest } from './db/migrate.js';
import type { Database } from './db/schema.js';
import { seedIfEmpty } from './db/seed/index.js';
import { createFirstAdmin } from './services/create-first-admin.js';
import { sealAuditEvents } from './services/seal-audit-events.js';

export interface BootstrapResult {
  migrated: string[];
  seeded: boolean;
  demoPassword: string | null;
  setupSecret: string | null;
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

export async function bootstrap(db: Kysely<Database>, config: AppConfig): Promise<BootstrapResult> {
  const migrated = await migrateToLatest(db as Kysely<unknown>);
  const password = config.isDemo ? demoPassword(config) : null;
  const hasUnits = await db.selectFrom('units').select('id').limit(1).executeTakeFirst();
  const seeded =
    !hasUnits &&
    (await seedIfEmpty(db, {
      isDemo: config.isDemo,
      today: todayInVietnam(new Date()),
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
  // What the seed (or a stopped process) left unsealed is chained before serving.
  await sealAuditEvents(db);
  return { migrated, seeded, demoPassword: password, setupSecret };
}
