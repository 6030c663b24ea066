// Builds one migrated template database per test run, on the engine under test.
// Each test file then clones it (PostgreSQL: CREATE DATABASE ... TEMPLATE; PGlite: copy
// the data directory), so no test pays for migrations or sees another file's rows.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { createDb } from '../db/create-db.js';
import { migrateToLatest } from '../db/migrate.js';
import { serverAdminDb, TEMPLATE_DB, withDatabase } from './database-url.js';

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = serverAdminDb(url);
    await sql`DROP DATABASE IF EXISTS ${sql.id(TEMPLATE_DB)} WITH (FORCE)`.execute(admin);
    await sql`CREATE DATABASE ${sql.id(TEMPLATE_DB)}`.execute(admin);
    const template = await createDb({ databaseUrl: withDatabase(url, TEMPLATE_DB), poolSize: 1 });
    await migrateToLatest(template.db as never);
    await template.close();
    project.provide('pgliteTemplateDir', '');
    return async () => {
      await sql`DROP DATABASE IF EXISTS ${sql.id(TEMPLATE_DB)} WITH (FORCE)`.execute(admin);
      await admin.destroy();
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-pglite-template-'));
  const template = await createDb({ dataDir: dir });
  await migrateToLatest(template.db as never);
  await template.close();
  project.provide('pgliteTemplateDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateDir: string;
  }
}
