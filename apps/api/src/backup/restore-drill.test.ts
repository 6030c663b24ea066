// The restore drill of docs/operations.md, on the engine under test: seed, write, back up
// while the database is open, write more, restore, and find the moment of the backup:
// the same rows in every table (count and checksum) and an audit chain that verifies.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { todayInVietnam } from '@lantoa/domain';
import { sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDb, type DbHandle } from '../db/create-db.js';
import { seedIfEmpty } from '../seed/index.js';
import { apply2025Reform } from '../services/apply-2025-reform.js';
import { createUnit } from '../services/create-unit.js';
import { sealAuditEvents } from '../services/seal-audit-events.js';
import { sessionUserOfAdmin } from '../services/session-user-of-admin.js';
import { serverAdminDb, withDatabase } from '../test/database-url.js';
import { sealAndVerify } from '../test/seal-and-verify.js';
import { backupDatabase } from './backup-database.js';
import { fingerprintTables } from './fingerprint-tables.js';
import { type RestoreTarget, restoreDatabase } from './restore-database.js';

const url = process.env.DATABASE_URL;
const work = mkdtempSync(path.join(os.tmpdir(), 'lantoa-drill-'));
const databases: string[] = [];
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  if (!url) return;
  const admin = serverAdminDb(url);
  for (const name of databases) {
    await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin);
  }
  await admin.destroy();
});

/** A database of our own that outlives a handle: restores close and reopen it. */
async function newDatabase(): Promise<{
  target: RestoreTarget;
  open(): Promise<DbHandle>;
}> {
  if (url) {
    const name = `lantoa_drill_${randomBytes(6).toString('hex')}`;
    const admin = serverAdminDb(url);
    await sql`CREATE DATABASE ${sql.id(name)} TEMPLATE ${sql.id(inject('pgTemplateDb'))}`.execute(
      admin,
    );
    await admin.destroy();
    databases.push(name);
    const databaseUrl = withDatabase(url, name);
    return {
      target: { databaseUrl, dataDir: '' },
      open: () => createDb({ databaseUrl, poolSize: 2 }),
    };
  }
  const dataDir = path.join(mkdtempSync(path.join(work, 'db-')), 'pglite');
  cpSync(inject('pgliteTemplateDir'), dataDir, { recursive: true });
  return { target: { databaseUrl: undefined, dataDir }, open: () => createDb({ dataDir }) };
}

async function seedAndWrite(handle: DbHandle) {
  const today = todayInVietnam(new Date());
  // The demo as it stood before the reform, then the reform: many dated writes to restore.
  await seedIfEmpty(handle.db, {
    isDemo: true,
    today,
    demoPasswordHash: 'not-a-real-hash',
    isUntilReform: true,
  });
  await apply2025Reform(handle.db, await sessionUserOfAdmin(handle.db));
  expect((await sealAndVerify(handle.db)).isValid).toBe(true);
}

async function writeMore(handle: DbHandle) {
  const actor = await sessionUserOfAdmin(handle.db);
  const parent = await handle.db
    .selectFrom('units')
    .select('id')
    .where('kind', '=', 'province')
    .executeTakeFirstOrThrow();
  for (const n of [1, 2, 3]) {
    await createUnit(handle.db, actor, {
      kind: 'grassroots',
      code: `after-backup-${n}`,
      name: `Sau sao lưu ${n}`,
      parentId: parent.id,
      openedOn: '2026-01-01',
    });
  }
  await sealAuditEvents(handle.db);
}

const variants = url ? (['pg_dump', 'logical'] as const) : (['pglite'] as const);

describe.each(variants)('restore drill (%s)', (format) => {
  it('brings back every table as it was at the backup, with a chain that verifies', async () => {
    const database = await newDatabase();
    const file = path.join(work, `backup-${format}`);
    let handle = await database.open();
    let atBackup: Awaited<ReturnType<typeof fingerprintTables>>;
    try {
      await seedAndWrite(handle);
      atBackup = await fingerprintTables(handle.db);
      const written = await backupDatabase(handle, file, {
        databaseUrl: database.target.databaseUrl,
        isLogical: format === 'logical',
      });
      expect(written).toBe(format);
      await writeMore(handle);
      expect(await fingerprintTables(handle.db)).not.toEqual(atBackup);
      // Refused while the database is in use: the open handle plays the running server.
      await expect(restoreDatabase(database.target, file)).rejects.toMatchObject({
        code: 'CONFLICT',
        messages: { en: expect.stringMatching(/Stop the (Lan Tỏa )?server/) },
      });
    } finally {
      await handle.close();
    }

    const report = await restoreDatabase(database.target, file);
    expect(report.format).toBe(format);
    expect(report.tables).toEqual(atBackup);
    expect(report.audit).toMatchObject({ isValid: true, unsealed: 0 });
    expect(report.tables.find((t) => t.table === 'audit_event')?.rows).toBeGreaterThan(10);

    handle = await database.open();
    try {
      expect(await fingerprintTables(handle.db)).toEqual(atBackup);
      expect((await sealAndVerify(handle.db)).isValid).toBe(true);
      const later = await handle.db
        .selectFrom('units')
        .select('id')
        .where('code', 'like', 'after-backup-%')
        .execute();
      expect(later).toEqual([]);
    } finally {
      await handle.close();
    }
    if (report.aside) rmSync(report.aside, { recursive: true, force: true });
  }, 120_000);
});
