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
import { serverAdminDb, templateDbName, withDatabase } from './database-url.js';

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = serverAdminDb(url);
    const templateDb = templateDbName(`${process.pid}`);
    await sql`DROP DATABASE IF EXISTS ${sql.id(templateDb)} WITH (FORCE)`.execute(admin);
    await sql`CREATE DATABASE ${sql.id(templateDb)}`.execute(admin);
    const template = await createDb({ databaseUrl: withDatabase(url, templateDb), poolSize: 1 });
    await migrateToLatest(template.db as never);
    await template.close();
    project.provide('pgliteTemplateDir', '');
    project.provide('pgTemplateDb', templateDb);
    return async () => {
      await sql`DROP DATABASE IF EXISTS ${sql.id(templateDb)} WITH (FORCE)`.execute(admin);
      await admin.destroy();
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-pglite-template-'));
  const template = await createDb({ dataDir: dir });
  await migrateToLatest(template.db as never);
  await template.close();
  project.provide('pgliteTemplateDir', dir);
  project.provide('pgTemplateDb', '');
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateDir: string;
    pgTemplateDb: string;
  }
}
