import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVER_PATH_PREFIXES } from '@lantoa/domain';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { verifyAuditChain } from '../services/verify-audit-chain.js';
import { createProvince, createUser, TEST_PASSWORD } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';
import { INVALIDATION_CHANNEL, startInvalidationBridge } from './invalidation-bridge.js';
import { DEMO_CSP } from './widget-routes.js';

let handle: DbHandle;
let app: FastifyInstance;
let units: Awaited<ReturnType<typeof createProvince>>;
let admin: User;
let dirs: string;

const WIDGET = '/*! Lan Tỏa widget v1.0.0 */(()=>{})();';

function buildTestApp() {
  return buildApp({
    db: handle.db,
    config: loadConfig({
      DATA_DIR: '/nonexistent',
      // A built SPA is present, so its not-found handler is in play.
      LANTOA_ADMIN_DIST: path.join(dirs, 'admin'),
      LANTOA_WIDGET_DIST: path.join(dirs, 'widget'),
    }),
  });
}

beforeAll(async () => {
  dirs = mkdtempSync(path.join(os.tmpdir(), 'lantoa-public-'));
  mkdirSync(path.join(dirs, 'admin'));
  mkdirSync(path.join(dirs, 'widget'));
  writeFileSync(path.join(dirs, 'admin/index.html'), '<!doctype html><title>admin</title>');
  writeFileSync(path.join(dirs, 'widget/lantoa.js'), WIDGET);
  handle = await openTestDb();
  units = await createProvince(handle.db);
  admin = await createUser(handle.db, { role: 'admin', unitId: units.province.id });
  app = await buildTestApp();
});

afterAll(async () => {
  await app?.close();
  await handle?.close();
  rmSync(dirs, { recursive: true, force: true });
});

const badgeUrl = (code: string, indicator: string) =>
  `/public/v1/units/${code}/badge.svg?indicator=${indicator}&lang=en`;

async function signIn(target: FastifyInstance): Promise<string> {
  const res = await target.inject({
    method: 'POST',
    url: '/auth/sign-in',
    headers: { 'x-lantoa-csrf': '1' },
    payload: { email: admin.email, password: TEST_PASSWORD },
  });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'lantoa_session');
  return `lantoa_session=${cookie?.value}`;
}

/** Saves and submits a report through tRPC, as the admin app does: facts change. */
async function submitReport(target: FastifyInstance, unitId: string, indicator: string) {
  const cookie = await signIn(target);
  const call = async (proc: string, payload: unknown) => {
    const res = await target.inject({
      method: 'POST',
      url: `/trpc/${proc}`,
      headers: { cookie, 'x-lantoa-csrf': '1', 'content-type': 'application/json' },
      payload: JSON.stringify(payload),
    } satisfies InjectOptions);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().result.data;
  };
  const saved = await call('reports.save', {
    unitId,
    indicator,
    periodKey: 'by-2025',
    claimsMet: true,
    note: 'Có minh chứng',
    links: [{ url: 'https://facebook.com/ctd', label: 'Trang' }],
    version: null,
  });
  await call('reports.submit', { reportId: saved.id, version: saved.version });
}

describe('headers of the public endpoints', () => {
  const urls = () => [
    badgeUrl(units.districtA.code, 'CT-03'),
    `/public/v1/units/${units.districtA.code}/compliance.json`,
    `/public/v1/units/${units.districtA.code}/stories.json`,
    '/widget/v1/lantoa.js',
  ];

  it('are CORS *, cross-origin embeddable, cacheable and never set a cookie', async () => {
    const cookie = await signIn(app);
    for (const url of urls()) {
      const res = await app.inject({
        method: 'GET',
        url,
        headers: { cookie, origin: 'https://x.vn' },
      });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(res.headers['set-cookie']).toBeUndefined();
      // A CDN keeps one copy per coding, never one per origin or cookie.
      expect([undefined, 'Accept-Encoding']).toContain(res.headers.vary);
      expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
      if (url.startsWith('/public')) {
        expect(res.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600');
      }
    }
  });

  it('answer 304 to a matching If-None-Match, strong or weak', async () => {
    for (const url of urls()) {
      const first = await app.inject({ method: 'GET', url });
      const etag = first.headers.etag as string;
      for (const tag of [etag, `W/${etag}`, `"other", ${etag}`]) {
        const res = await app.inject({ method: 'GET', url, headers: { 'if-none-match': tag } });
        expect(res.statusCode, `${url} ${tag}`).toBe(304);
        expect(res.body).toBe('');
        expect(res.headers.etag).toBe(etag);
      }
      const changed = await app.inject({ method: 'GET', url, headers: { 'if-none-match': '"x"' } });
      expect(changed.statusCode).toBe(200);
    }
  });

  it('answer a CORS preflight', async () => {
    const res = await app.inject({
      method: 'OPTIONS',
      url: `/public/v1/units/${units.districtA.code}/compliance.json`,
      headers: {
        origin: 'https://x.vn',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toContain('GET');
  });

  it('are not taken over by the SPA fallback', async () => {
    const res = await app.inject({ method: 'GET', url: '/public/v1/units/x/unknown.json' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/json');
    const spa = await app.inject({ method: 'GET', url: '/units/kg' });
    expect(spa.body).toContain('<title>admin</title>');
  });

  it('nor is any path the server answers itself, so downloads never get the shell', async () => {
    for (const prefix of SERVER_PATH_PREFIXES) {
      const url = `/${prefix}/nothing-here`;
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.body, url).not.toContain('<title>admin</title>');
    }
  });

  it('refuse a route outside the shared list, which the service worker would hide', async () => {
    const other = await buildTestApp();
    expect(() => other.get('/reports-download', async () => 'x')).toThrow(
      /outside SERVER_PATH_PREFIXES/,
    );
    await other.close();
  });
});

describe('widget and demo hosting', () => {
  it('serves the widget at v1 (revalidated) and at its exact version (immutable)', async () => {
    const current = await app.inject({ method: 'GET', url: '/widget/v1/lantoa.js' });
    expect(current.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(current.headers['cache-control']).toBe('public, max-age=300');
    expect(current.body).toBe(WIDGET);
    const pinned = await app.inject({ method: 'GET', url: '/widget/v1.0.0/lantoa.js' });
    expect(pinned.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(pinned.headers['access-control-allow-origin']).toBe('*');
    expect(pinned.body).toBe(WIDGET);
    const other = await app.inject({ method: 'GET', url: '/widget/v9.9.9/lantoa.js' });
    expect(other.statusCode).toBe(404);
  });

  it('serves the partner demo under the strict CSP', async () => {
    const page = await app.inject({ method: 'GET', url: '/demo/partner.html' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(DEMO_CSP);
    expect(page.body).toContain('<lantoa-badge');
    const css = await app.inject({ method: 'GET', url: '/demo/partner.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    for (const url of ['/demo/..%2Fpackage.json', '/demo/nothing.html', '/demo/build.mjs']) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
  });
});

describe('cache invalidation', () => {
  it('serves from memory until facts change through the app', async () => {
    const url = badgeUrl(units.districtB.code, 'CT-02');
    const before = await app.inject({ method: 'GET', url });
    expect(before.body).toContain('Overdue');
    // A write behind the app's back is not seen: the answer comes from memory...
    await handle.db
      .insertInto('communication_staff')
      .values({
        unit_id: units.districtB.id,
        name: 'Chị Lan',
        has_smartphone_skill: true,
        since: '2024-01-01',
        until: null,
      })
      .execute();
    expect((await app.inject({ method: 'GET', url })).body).toBe(before.body);
    // ...until a report goes through the workflow, which announces the change.
    await submitReport(app, units.districtB.id, 'CT-03');
    const after = await app.inject({ method: 'GET', url });
    expect(after.body).toContain('>Met</text>');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const ct03 = await app.inject({ method: 'GET', url: badgeUrl(units.districtB.code, 'CT-03') });
    expect(ct03.body).toContain('Pending review');
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'reaches other replicas through LISTEN/NOTIFY (PostgreSQL only: PGlite is single-process)',
    async () => {
      const other = await buildTestApp();
      const bridgeA = await startInvalidationBridge(app, handle);
      const bridgeB = await startInvalidationBridge(other, handle);
      try {
        const url = badgeUrl(units.districtA.code, 'CT-02');
        const before = await other.inject({ method: 'GET', url });
        expect(before.body).toContain('Overdue');
        const key = `badge|${units.districtA.code}|CT-02|en`;
        const sibling = `badge|${units.districtB.code}|CT-02|en`;
        await other.inject({ method: 'GET', url: badgeUrl(units.districtB.code, 'CT-02') });
        expect(other.publicCache.peek(key)).toBeDefined();
        await submitReport(app, units.districtA.id, 'CT-02');
        // The notice names district A: only its entries go stale on the other replica.
        await expect.poll(() => other.publicCache.peek(key), { timeout: 5000 }).toBeUndefined();
        expect(other.publicCache.peek(sibling)).toBeDefined();
        const after = await other.inject({ method: 'GET', url });
        expect(after.body).toContain('Pending review');
      } finally {
        await bridgeA.stop();
        await bridgeB.stop();
        await other.close();
      }
    },
  );

  it.skipIf(!process.env.DATABASE_URL)(
    'gathers a burst of changes into one NOTIFY naming every unit, or none for "everything"',
    async () => {
      const listener = await (handle.pool as NonNullable<DbHandle['pool']>).connect();
      const notices: { from: string; unitIds: string[] }[] = [];
      listener.on('notification', (m) => notices.push(JSON.parse(m.payload ?? '{}')));
      await listener.query(`LISTEN ${INVALIDATION_CHANNEL}`);
      const bridge = await startInvalidationBridge(app, handle);
      try {
        // After each burst a lone change is sent: when its notice arrives, every notice of
        // the burst has arrived before it (one connection hears them in commit order).
        const sendEndMark = async (mark: string) => {
          await expect.poll(() => notices.length, { timeout: 5000 }).toBeGreaterThan(0);
          app.notifyFactsChanged([mark]);
          await expect
            .poll(() => notices.some((n) => n.unitIds.includes(mark)), { timeout: 5000 })
            .toBe(true);
        };
        const ids = Array.from({ length: 30 }, (_, i) => `unit-${i}`);
        for (const id of ids) app.notifyFactsChanged([id]);
        await sendEndMark('end-1');
        const from = bridge.instanceId;
        expect(notices).toEqual([
          { from, unitIds: ids },
          { from, unitIds: ['end-1'] },
        ]);
        app.notifyFactsChanged(['a']);
        app.notifyFactsChanged([]);
        app.notifyFactsChanged(['b']);
        await expect.poll(() => notices.length, { timeout: 5000 }).toBe(3);
        await sendEndMark('end-2');
        expect(notices.slice(2)).toEqual([
          { from, unitIds: [] },
          { from, unitIds: ['end-2'] },
        ]);
      } finally {
        await bridge.stop();
        await listener.query(`UNLISTEN ${INVALIDATION_CHANNEL}`);
        listener.release(true);
      }
    },
  );
});

describe('audit sealing', () => {
  it('seals the events of a write through HTTP shortly after, with no call to do so', async () => {
    await submitReport(app, units.districtA.id, 'CT-03');
    await expect
      .poll(() => verifyAuditChain(handle.db), { timeout: 5000 })
      .toMatchObject({ isValid: true, unsealed: 0 });
    const { count } = await handle.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('action', 'in', ['report.create', 'report.submit'])
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBeGreaterThanOrEqual(2);
  });
});
