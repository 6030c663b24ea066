// Upgrading databases that earlier commits of main really made (fixtures written by
// tooling/scripts/make-upgrade-fixtures.mjs from each era's own code): every migration
// applies, the audit chain verifies with the old events as they were hashed, and the app
// writes and seals on top of them.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAuditEvent } from '../services/append-audit-event.js';
import { sealAuditEvents } from '../services/seal-audit-events.js';
import { verifyAuditChain } from '../services/verify-audit-chain.js';
import { serverAdminDb, withDatabase } from '../test/database-url.js';
import { createDb, type DbHandle } from './create-db.js';
import { migrateToLatest } from './migrate.js';

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, 'upgrade-fixtures', `${name}.sql`), 'utf8');

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

/** A new database holding exactly what the dump holds, on the engine under test. */
async function openDump(dump: string): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `lantoa_upgrade_${randomBytes(5).toString('hex')}`;
    const admin = serverAdminDb(url);
    await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin);
    const handle = await createDb({ databaseUrl: withDatabase(url, name), poolSize: 2 });
    cleanup = async () => {
      await handle.close();
      await sql`DROP DATABASE ${sql.id(name)} WITH (FORCE)`.execute(admin);
      await admin.destroy();
    };
    const client = await handle.pool?.connect();
    await client?.query(dump);
    // The dump empties search_path for its session: give the connection back clean.
    client?.release(true);
    return handle;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-upgrade-'));
  const handle = await createDb({ dataDir: dir });
  cleanup = async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  };
  await handle.pglite?.exec(dump);
  await handle.pglite?.exec('RESET search_path');
  return handle;
}

const eventCount = async (handle: DbHandle) =>
  Number(
    (
      await handle.db
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe.each([
  ['01-first-commit', 4],
  ['02-sql-append', 8],
  ['03-sealed-trigger', 13],
])('a database made by the code of %s', (name, events) => {
  it('migrates, verifies with every old event, then writes and seals on top', async () => {
    const handle = await openDump(fixture(name));
    expect(await eventCount(handle)).toBe(events);
    await migrateToLatest(handle.db as never);
    await sealAuditEvents(handle.db);
    expect(await verifyAuditChain(handle.db)).toEqual({
      isValid: true,
      count: events,
      unsealed: 0,
    });

    const seq = await handle.db.transaction().execute((trx) =>
      appendAuditEvent(trx, {
        actorId: null,
        action: 'upgrade.after',
        entity: 'test',
        entityId: 'x',
        after: { tên: 'Hội CTĐ xã Cần Đăng' },
      }),
    );
    expect(seq).toBe(events + 1);
    await sealAuditEvents(handle.db);
    expect(await verifyAuditChain(handle.db)).toEqual({
      isValid: true,
      count: events + 1,
      unsealed: 0,
    });
  });

  it('still detects an old event altered after the upgrade', async () => {
    const handle = await openDump(fixture(name));
    await migrateToLatest(handle.db as never);
    await sealAuditEvents(handle.db);
    // Tampering as an owner would: around the append-only trigger.
    await sql`ALTER TABLE audit_event DISABLE TRIGGER USER`.execute(handle.db);
    await sql`UPDATE audit_event SET action = 'forged' WHERE seq = 2`.execute(handle.db);
    await sql`ALTER TABLE audit_event ENABLE TRIGGER USER`.execute(handle.db);
    expect(await verifyAuditChain(handle.db)).toMatchObject({
      isValid: false,
      brokenAtSeq: 2,
      why: 'hash',
    });
  });
});
