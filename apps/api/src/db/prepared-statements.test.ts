import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../test/test-db.js';
import { createDb, type DbHandle } from './create-db.js';
import { PREPARED } from './prepared-statements.js';

const url = process.env.DATABASE_URL;

describe('PREPARED', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    // One connection, so the statements it prepared are the ones we can list.
    handle = url ? await createDb({ databaseUrl: url, poolSize: 1 }) : await openTestDb();
  });
  afterAll(() => handle.close());

  const marked = (n: number) => sql<{ x: number }>`${PREPARED} SELECT ${n}::int + 1 AS x`;
  const plain = (n: number) => sql<{ x: number }>`SELECT ${n}::int + 2 AS x`;

  it('answers a marked query like any other, on either engine', async () => {
    expect((await marked(1).execute(handle.db)).rows).toEqual([{ x: 2 }]);
    expect((await marked(41).execute(handle.db)).rows).toEqual([{ x: 42 }]);
    expect((await plain(1).execute(handle.db)).rows).toEqual([{ x: 3 }]);
  });

  it.runIf(url)(
    'prepares marked queries once per connection on PostgreSQL, and only those',
    async () => {
      for (let n = 0; n < 5; n++) await marked(n).execute(handle.db);
      await plain(1).execute(handle.db);
      const { rows } = await sql<{ name: string; statement: string }>`
      SELECT name, statement FROM pg_prepared_statements`.execute(handle.db);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.name).toMatch(/^lantoa_[0-9a-f]{20}$/);
      expect(rows[0]?.statement).toContain('SELECT $1::int + 1 AS x');
    },
  );
});
