import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  'training_courses',
  'campaigns',
  'campaign_participations',
  'publications',
  'app_milestones',
  'stories',
  'ambassadors',
  'audit_head',
  'audit_event',
  'deadline_submissions',
  'publication_files',
];

describe('migrations on an empty database', () => {
  let handle: DbHandle;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const url = process.env.DATABASE_URL;
    if (url) {
      const name = `lantoa_empty_${randomBytes(5).toString('hex')}`;
      const admin = serverAdminDb(url);
      await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin);
      handle = await createDb({ databaseUrl: withDatabase(url, name), poolSize: 2 });
      cleanup = async () => {
        await handle.close();
        await sql`DROP DATABASE ${sql.id(name)} WITH (FORCE)`.execute(admin);
        await admin.destroy();
      };
    } else {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-empty-'));
      handle = await createDb({ dataDir: dir });
      cleanup = async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      };
    }
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
