// Helpers for the PostgreSQL side of the test databases.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

export const TEMPLATE_DB = 'lantoa_test_template';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A connection to the server's maintenance database, for CREATE/DROP DATABASE. */
export function serverAdminDb(url: string): Kysely<unknown> {
  const pool = new pg.Pool({ connectionString: withDatabase(url, 'postgres'), max: 1 });
  return new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
}
