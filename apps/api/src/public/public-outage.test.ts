// The public surface during a database outage, made real: on PostgreSQL the app reaches
// the test database through a TCP proxy the test cuts (open connections reset, the LISTEN
// one too; new ones refused); on PGlite the engine is closed under the app. Answers cached
// before keep being served (200, the same bytes); an answer never computed is a 503 with
// Retry-After.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../db/create-db.js';
import { RETRY_AFTER_SECONDS } from '../errors.js';
import { withDatabase } from '../test/database-url.js';
import { createProvince } from '../test/factories.js';
import { testApp } from '../test/http.js';
import { TcpProxy } from '../test/tcp-proxy.js';
import { openTestDb } from '../test/test-db.js';
import { type InvalidationBridge, startInvalidationBridge } from './invalidation-bridge.js';

let handle: DbHandle;
/** What the app uses: through the proxy on PostgreSQL, the handle itself on PGlite. */
let served: DbHandle;
let proxy: TcpProxy | undefined;
let app: FastifyInstance;
let bridge: InvalidationBridge;
let units: Awaited<ReturnType<typeof createProvince>>;
let database = '';

beforeAll(async () => {
  handle = await openTestDb();
  units = await createProvince(handle.db);
  served = handle;
  const url = process.env.DATABASE_URL;
  if (url) {
    const row = await sql<{ name: string }>`SELECT current_database() AS name`.execute(handle.db);
    database = row.rows[0]?.name ?? '';
    const target = new URL(url);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    // The waits main.ts configures, so a lost server shows within a second.
    served = await createDb({
      databaseUrl: proxy.urlFor(withDatabase(url, database)),
      connectTimeoutMs: 700,
      queryTimeoutMs: 900,
    });
  }
  app = await testApp(served.db);
  bridge = await startInvalidationBridge(app, served);
});

afterAll(async () => {
  await bridge?.stop();
  await app?.close();
  if (served !== handle) await served?.close();
  await proxy?.close();
  // PGlite was closed by the test: closing it again may complain.
  await handle?.close().catch(() => {});
});

/** PostgreSQL behind a cut proxy: connections reset, new ones refused; PGlite shut down. */
async function takeDatabaseDown() {
  if (proxy) await proxy.cut();
  else await handle.pglite?.close();
}

async function listeners(): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity
    WHERE datname = ${database} AND query = 'LISTEN lantoa_public'`.execute(handle.db);
  return rows[0]?.n ?? 0;
}

const get = (url: string) => app.inject({ method: 'GET', url });
const cached = () => [
  `/public/v1/units/${units.districtA.code}/badge.svg?indicator=CT-03`,
  `/public/v1/units/${units.districtA.code}/badge.svg?indicator=CT-03&lang=en`,
  `/public/v1/units/${units.districtA.code}/compliance.json`,
  `/public/v1/units/${units.districtA.code}/stories.json`,
  `/public/v1/units/${units.districtB.code}/compliance.json?lang=en`,
  '/public/v1/units/khong-co-don-vi/compliance.json',
];

describe('the LISTEN connection dropping (PostgreSQL)', () => {
  it.skipIf(!process.env.DATABASE_URL)(
    'marks entries stale instead of dropping them: each revalidates on its next request',
    async () => {
      const url = `/public/v1/units/${units.districtB.code}/badge.svg?indicator=CT-02&lang=en`;
      expect((await get(url)).body).toContain('Overdue');
      const size = app.publicCache.size;
      // Notices sent meanwhile may be lost: like this change made behind the app's back.
      await handle.db
        .insertInto('communication_staff')
        .values({
          unit_id: units.districtB.id,
          name: 'Anh Minh',
          has_smartphone_skill: true,
          since: '2024-01-01',
          until: null,
        })
        .execute();
      await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = ${database} AND query = 'LISTEN lantoa_public'`.execute(handle.db);
      const key = `badge|${units.districtB.code}|CT-02|en`;
      await expect.poll(() => app.publicCache.peek(key), { timeout: 5000 }).toBeUndefined();
      expect(app.publicCache.size).toBe(size);
      expect((await get(url)).body).toContain('>Met</text>');
      // The bridge listens again a moment later.
      await expect.poll(listeners, { timeout: 10_000 }).toBe(1);
    },
  );
});

describe('a database outage', () => {
  it('serves every cached answer, stale, and answers the rest 503 with Retry-After', async () => {
    const before = new Map<string, string>();
    for (const url of cached()) before.set(url, (await get(url)).body);
    // Facts changed just before the outage: these entries must be recomputed, and cannot.
    app.notifyFactsChanged([units.districtA.id]);
    await takeDatabaseDown();
    if (proxy) {
      // The LISTEN connection died with the rest: every entry is stale now.
      const key = `compliance|${units.districtB.code}|en`;
      await expect.poll(() => app.publicCache.peek(key), { timeout: 5000 }).toBeUndefined();
    }

    for (let round = 0; round < 2; round += 1) {
      for (const url of cached()) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(url.includes('khong-co') ? 404 : 200);
        expect(res.body, url).toBe(before.get(url));
      }
    }

    const badge = await get(`/public/v1/units/${units.districtB.code}/badge.svg?indicator=CT-03`);
    expect(badge.statusCode).toBe(503);
    expect(badge.headers['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
    expect(badge.headers['cache-control']).toBe('no-store');
    expect(badge.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(badge.body).toContain('>tạm gián đoạn</text>');
    expect(badge.body).toContain('role="img"');

    const json = await get(`/public/v1/units/${units.districtB.code}/compliance.json`);
    expect(json.statusCode).toBe(503);
    expect(json.headers['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
    expect(json.json()).toEqual({
      error: {
        code: 'SERVICE_UNAVAILABLE',
        message:
          'Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau vài giây',
      },
    });
    const en = await get(`/public/v1/units/${units.districtB.code}/stories.json?lang=en`);
    expect(en.statusCode).toBe(503);
    expect(en.json().error.message).toBe(
      'The database cannot be reached for the moment. Please try again in a few seconds',
    );
    expect(en.body).not.toMatch(/ECONN|terminat|closed|at .*\.js/i);
    // Any other public page: both languages, Vietnamese first.
    const page = await get('/public/stories/chua-tung-xem');
    expect(page.statusCode).toBe(503);
    expect(page.headers['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
    expect(page.body).toMatch(/^Hệ thống tạm thời .*\nThe database cannot be reached/);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'computes again once the database is back, without a restart (PostgreSQL)',
    async () => {
      await proxy?.restore();
      const url = `/public/v1/units/${units.districtB.code}/badge.svg?indicator=CT-03`;
      await expect.poll(async () => (await get(url)).statusCode, { timeout: 10_000 }).toBe(200);
    },
  );
});
