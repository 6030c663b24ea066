// A private, migrated PostgreSQL database for one test, by URL: for tests that must reach
// it their own way (through a TCP proxy, from a child process) rather than through a handle.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { serverAdminDb, withDatabase } from './database-url.js';

export interface PrivateDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createPrivateDatabase(serverUrl: string): Promise<PrivateDatabase> {
  const name = `lantoa_test_${randomBytes(6).toString('hex')}`;
  const admin = serverAdminDb(serverUrl);
  await sql`CREATE DATABASE ${sql.id(name)} TEMPLATE ${sql.id(inject('pgTemplateDb'))}`.execute(
    admin,
  );
  return {
    url: withDatabase(serverUrl, name),
    drop: async () => {
      await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin);
      await admin.destroy();
    },
  };
}
