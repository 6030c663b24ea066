// A PostgreSQL outage under write load, over real HTTP: the API reaches its database through
// a TCP proxy the test controls (tcp-proxy.ts), six loops save reports, and the proxy cuts
// every connection and refuses new ones, then forwards again. The API must live through it,
// answer 503 with Retry-After meanwhile, take writes again as soon as the database is back,
// and have lost no save it acknowledged. PGlite is in the process: it has no such outage.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config.js';
import { startInvalidationBridge } from '../public/invalidation-bridge.js';
import { createProvince, createUser, TEST_PASSWORD } from '../test/factories.js';
import { testApp } from '../test/http.js';
import { createPrivateDatabase, type PrivateDatabase } from '../test/private-database.js';
import { TcpProxy } from '../test/tcp-proxy.js';
import { createDb, type DbHandle } from './create-db.js';

const serverUrl = process.env.DATABASE_URL;
const headers = { 'content-type': 'application/json', 'x-lantoa-csrf': '1' };

/** A tRPC answer as the client reads it. */
interface Envelope {
  result?: { data: unknown };
  error?: { data: { messages?: { vi: string }; details?: { current: { version: number } } } };
}

interface Loop {
  key: string;
  acked: { id: string; version: number; note: string }[];
  unavailable: number;
  conflicts: number;
  unexpected: string[];
  slowest503Ms: number;
}

describe.skipIf(!serverUrl)('a PostgreSQL outage under write load', () => {
  let database: PrivateDatabase;
  let proxy: TcpProxy;
  let handle: DbHandle;
  let direct: DbHandle;
  let app: FastifyInstance;
  let base: string;
  let cookie: string;
  let unitId: string;
  let stopBridge: () => Promise<void>;

  beforeAll(async () => {
    database = await createPrivateDatabase(serverUrl as string);
    const target = new URL(database.url);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    const config = loadConfig({
      DATABASE_URL: 'postgres://unused',
      PUBLIC_ORIGIN: 'http://127.0.0.1',
    });
    handle = await createDb({
      databaseUrl: proxy.urlFor(database.url),
      connectTimeoutMs: config.dbConnectTimeoutMs,
      queryTimeoutMs: config.dbQueryTimeoutMs,
    });
    direct = await createDb({ databaseUrl: database.url, poolSize: 2 });
    const tree = await createProvince(direct.db);
    unitId = tree.districtA.id;
    const cadre = await createUser(direct.db, { role: 'cadre', unitId });
    app = await testApp(handle.db, { PUBLIC_ORIGIN: 'http://127.0.0.1' });
    stopBridge = (await startInvalidationBridge(app, handle)).stop;
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const signIn = await fetch(`${base}/auth/sign-in`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email: cadre.email, password: TEST_PASSWORD }),
    });
    cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  });
  afterAll(async () => {
    // The network goes first: anything still waiting on the database fails at once instead
    // of holding the shutdown of the bridge, the app or the pool.
    await proxy?.close();
    await stopBridge?.();
    await app?.close();
    await handle?.close();
    await direct?.close();
    await database?.drop();
  });

  const save = (body: object) =>
    fetch(`${base}/trpc/reports.save`, {
      method: 'POST',
      headers: { ...headers, cookie },
      body: JSON.stringify(body),
    });

  async function runLoop(loop: Loop, target: object, isRunning: () => boolean) {
    let version: number | null = null;
    for (let n = 1; isRunning(); n++) {
      const note = `${loop.key} lần ${n}`;
      const started = performance.now();
      const response = await save({ ...target, claimsMet: true, note, links: [], version });
      const body = (await response.json()) as Envelope;
      if (response.status === 200) {
        const saved = body.result?.data as { id: string; version: number };
        version = saved.version;
        loop.acked.push({ id: saved.id, version: saved.version, note });
      } else if (response.status === 503) {
        loop.unavailable += 1;
        loop.slowest503Ms = Math.max(loop.slowest503Ms, performance.now() - started);
        if (response.headers.get('retry-after') !== '2' || !body.error?.data.messages?.vi)
          loop.unexpected.push(`503 without Retry-After or messages: ${JSON.stringify(body)}`);
        // A client waits before trying again; the loop only paces itself a little.
        await new Promise((resolve) => setTimeout(resolve, 20));
      } else if (response.status === 409) {
        // A save whose answer was lost in the cut may have committed: go on from its version.
        loop.conflicts += 1;
        version = body.error?.data.details?.current.version ?? null;
      } else loop.unexpected.push(`${response.status} ${JSON.stringify(body)}`);
    }
  }

  it('answers 503 with Retry-After during it, writes again after it, loses nothing', async () => {
    const targets = ['CT-05', 'CT-06'].flatMap((indicator) =>
      ['2024', '2025', '2026'].map((periodKey) => ({ unitId, indicator, periodKey })),
    );
    const loops: Loop[] = targets.map((t) => ({
      key: `${t.indicator}/${t.periodKey}`,
      acked: [],
      unavailable: 0,
      conflicts: 0,
      unexpected: [],
      slowest503Ms: 0,
    }));
    let isRunning = true;
    const running = Promise.all(
      loops.map((loop, i) => runLoop(loop, targets[i] as object, () => isRunning)),
    );
    const ackedNow = () => loops.map((l) => l.acked.length);
    await vi.waitFor(() => expect(Math.min(...ackedNow())).toBeGreaterThanOrEqual(5), {
      timeout: 20_000,
    });

    await proxy.cut();
    await vi.waitFor(
      () => expect(Math.min(...loops.map((l) => l.unavailable))).toBeGreaterThan(3),
      {
        timeout: 20_000,
      },
    );
    const [ready, health, signIn, file] = await Promise.all([
      fetch(`${base}/readyz`),
      fetch(`${base}/healthz`),
      fetch(`${base}/auth/sign-in`, {
        method: 'POST',
        headers: { ...headers, 'accept-language': 'en' },
        body: JSON.stringify({ email: 'nobody@test.lantoa.vn', password: 'whatever-it-is' }),
      }),
      fetch(`${base}/files/00000000-0000-4000-8000-000000000000`, { headers: { cookie } }),
    ]);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('2');
    expect(((await ready.json()) as { messages: { vi: string } }).messages.vi).toMatch(
      /cơ sở dữ liệu/,
    );
    expect(health.status).toBe(200);
    expect(signIn.status).toBe(503);
    expect(signIn.headers.get('retry-after')).toBe('2');
    expect(((await signIn.json()) as { error: { message: string } }).error.message).toMatch(
      /database/,
    );
    expect(file.status).toBe(503);

    const ackedBeforeReturn = ackedNow();
    const restoredAt = performance.now();
    await proxy.restore();
    // The very first request after the database returns is served: no restart, no warm-up.
    const first = await fetch(`${base}/readyz`);
    const firstWriteMs = performance.now() - restoredAt;
    expect(first.status).toBe(200);
    await vi.waitFor(
      () =>
        expect(
          Math.min(...loops.map((l, i) => l.acked.length - (ackedBeforeReturn[i] ?? 0))),
        ).toBeGreaterThanOrEqual(5),
      { timeout: 20_000 },
    );
    isRunning = false;
    await running;

    expect(loops.flatMap((l) => l.unexpected)).toEqual([]);
    // Every acknowledged save is in the database, with its audit event.
    const acked = loops.flatMap((l) => l.acked);
    const { rows } = await sql<{ id: string; version: number; note: string }>`
      SELECT entity_id AS id, (after->>'version')::int AS version, after->>'note' AS note
      FROM audit_event WHERE entity = 'report'`.execute(direct.db);
    const audited = new Set(rows.map((r) => `${r.id}|${r.version}|${r.note}`));
    const lost = acked.filter((a) => !audited.has(`${a.id}|${a.version}|${a.note}`));
    expect(lost).toEqual([]);
    for (const loop of loops) {
      const last = loop.acked.at(-1) as Loop['acked'][number];
      const row = await direct.db
        .selectFrom('reports')
        .select(['version'])
        .where('id', '=', last.id)
        .executeTakeFirstOrThrow();
      expect(row.version).toBeGreaterThanOrEqual(last.version);
    }
    // Figures for docs/operations.md (not assertions: budgets are measured, not tested).
    console.log(
      `outage: ${acked.length} saves acknowledged, ${lost.length} lost, ` +
        `${loops.reduce((n, l) => n + l.unavailable, 0)} answered 503 ` +
        `(slowest ${Math.max(...loops.map((l) => l.slowest503Ms)).toFixed(0)} ms), ` +
        `first request after the return served ${firstWriteMs.toFixed(0)} ms after it`,
    );
  });

  it('answers 503 when the database stops answering (a black hole), then serves again', async () => {
    proxy.hold();
    const started = performance.now();
    const response = await save({
      unitId,
      indicator: 'CT-05',
      periodKey: '2027',
      claimsMet: true,
      note: 'x',
      links: [],
      version: null,
    });
    const elapsed = performance.now() - started;
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    await proxy.restore();
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    console.log(`black hole: a save answered 503 after ${elapsed.toFixed(0)} ms`);
  });
});
