// A private, migrated database for one test file, on whichever engine this run tests.

import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { createDb, type DbHandle } from '../db/create-db.js';
import { serverAdminDb, withDatabase } from './database-url.js';

/** `under`: PGlite only, the directory the data directory is made in (a small disk). */
export async function openTestDb({ under }: { under?: string } = {}): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `lantoa_test_${randomBytes(6).toString('hex')}`;
    const admin = serverAdminDb(url);
    await sql`CREATE DATABASE ${sql.id(name)} TEMPLATE ${sql.id(inject('pgTemplateDb'))}`.execute(
      admin,
    );
    const handle = await createDb({ databaseUrl: withDatabase(url, name), poolSize: 20 });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin);
        await admin.destroy();
      },
    };
  }
  const dir = mkdtempSync(path.join(under ?? os.tmpdir(), 'lantoa-pglite-'));
  cpSync(inject('pgliteTemplateDir'), dir, { recursive: true });
  const handle = await createDb({ dataDir: dir });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
