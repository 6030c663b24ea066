// Helpers for the PostgreSQL side of the test databases.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

/** One template per test run, so runs side by side (two checkouts, CI and a developer)
 *  never drop each other's template. */
export const templateDbName = (runId: string) => `lantoa_test_template_${runId}`;

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
