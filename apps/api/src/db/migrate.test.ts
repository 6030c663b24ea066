import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEvent } from '../services/append-audit-event.js';
import { hashLegacyAuditEvent } from '../services/audit-hash.js';
import { sealAuditEvents } from '../services/seal-audit-events.js';
import { verifyAuditChain } from '../services/verify-audit-chain.js';
import { serverAdminDb, withDatabase } from '../test/database-url.js';
import { createDb, type DbHandle } from './create-db.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';

const TABLES = [
  'units',
  'unit_links',
  'users',
  'sessions',
  'reports',
  'report_files',
  'code_of_conduct_sessions',
  'communication_staff',
  'facebook_pages',
  'facebook_connections',
  'facebook_page_checks',
  'training_courses',
  'campaigns',
  'campaign_participations',
  'publications',
  'app_milestones',
  'stories',
  'ambassadors',
  'audit_head',
  'audit_event',
  'audit_seal',
  'audit_pending',
  'deadline_submissions',
  'publication_files',
  'notices',
  'notice_deliveries',
  'notice_preferences',
  'notice_settings',
  'demo_outbox',
  'password_tokens',
  'app_secrets',
];

/** A database with no tables at all, and how to throw it away. */
async function openEmptyDb(): Promise<{ handle: DbHandle; cleanup: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `lantoa_empty_${randomBytes(5).toString('hex')}`;
    const admin = serverAdminDb(url);
    await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin);
    const handle = await createDb({ databaseUrl: withDatabase(url, name), poolSize: 2 });
    const cleanup = async () => {
      await handle.close();
      await sql`DROP DATABASE ${sql.id(name)} WITH (FORCE)`.execute(admin);
      await admin.destroy();
    };
    return { handle, cleanup };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-empty-'));
  const handle = await createDb({ dataDir: dir });
  const cleanup = async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { handle, cleanup };
}

describe('migrations on an empty database', () => {
  let handle: DbHandle;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ handle, cleanup } = await openEmptyDb());
  });
  afterAll(() => cleanup());

  it('applies every migration, then nothing on a second run', async () => {
    expect(await migrateToLatest(handle.db as never)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(handle.db as never)).toEqual([]);
  });

  it('creates every table the Kysely schema names', async () => {
    const rows = await handle.db
      .selectFrom('information_schema.tables' as never)
      .select('table_name' as never)
      .where('table_schema' as never, '=', 'public' as never)
      .execute();
    const names = rows.map((r) => (r as { table_name: string }).table_name);
    for (const table of TABLES) expect(names).toContain(table);
  });
});

describe('0005: an audit log chained the old way', () => {
  let handle: DbHandle;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ handle, cleanup } = await openEmptyDb());
  });
  afterAll(() => cleanup());

  it('still verifies after the upgrade, and new events chain after it', async () => {
    const migrator = new Migrator({
      db: handle.db,
      provider: { getMigrations: async () => migrations },
    });
    expect((await migrator.migrateTo('0004-audit-head-prev-hash')).error).toBeUndefined();
    // Before 0005 every append hashed "prevHash|seq|payload" under the head lock.
    let prevHash = 'genesis';
    for (let seq = 1; seq <= 3; seq++) {
      const row = {
        seq,
        at: new Date(Date.UTC(2025, 0, seq)),
        actor_id: null,
        action: `old-${seq}`,
        entity: 'test',
        entity_id: 'x',
        unit_id: null,
        before: null,
        after: { n: seq, tên: 'Kiên Giang' },
      };
      const hash = hashLegacyAuditEvent(row, seq, prevHash);
      await sql`INSERT INTO audit_event (seq, at, actor_id, action, entity, entity_id, unit_id,
        before, after, prev_hash, hash) VALUES (${seq}, ${row.at}, NULL, ${row.action}, 'test',
        'x', NULL, NULL, ${JSON.stringify(row.after)}::jsonb, ${prevHash}, ${hash})`.execute(
        handle.db,
      );
      await sql`UPDATE audit_head SET seq = ${seq}, prev_hash = ${prevHash}, last_hash = ${hash}`.execute(
        handle.db,
      );
      prevHash = hash;
    }
    await migrateToLatest(handle.db as never);
    expect(await verifyAuditChain(handle.db)).toEqual({ isValid: true, count: 3, unsealed: 0 });
    const seq = await handle.db
      .transaction()
      .execute((trx) =>
        appendAuditEvent(trx, { actorId: null, action: 'new', entity: 'test', entityId: 'x' }),
      );
    expect(seq).toBe(4);
    await sealAuditEvents(handle.db);
    expect(await verifyAuditChain(handle.db)).toEqual({ isValid: true, count: 4, unsealed: 0 });
  });
});
