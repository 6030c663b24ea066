// Cross-site requests change nothing, and error answers never carry stacks or SQL.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { appRouter } from '../routers/app-router.js';
import { createProvince, createUser } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let adminCookie: string;

beforeAll(async () => {
  handle = await openTestDb();
  app = await testApp(handle.db);
  const tree = await createProvince(handle.db);
  const admin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
  adminCookie = sessionCookie(await signIn(app, admin.email));
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const MUTATIONS = Object.entries(appRouter._def.procedures)
  .filter(
    ([, procedure]) =>
      (procedure as unknown as { _def: { type: string } })._def.type === 'mutation',
  )
  .map(([path]) => path);
const auditCount = async () =>
  Number(
    (
      await handle.db
        .selectFrom('audit_event')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('CSRF', () => {
  it('knows the mutations it guards', () => {
    expect(MUTATIONS).toEqual(
      expect.arrayContaining([
        'reports.save',
        'reports.submit',
        'reports.review',
        'units.create',
        'users.create',
        'users.update',
      ]),
    );
  });

  it.each([
    ...MUTATIONS.map((p) => `/trpc/${p}`),
    '/auth/sign-in',
    '/auth/sign-out',
    '/auth/setup',
  ])('a cross-site form POST to %s does nothing', async (url) => {
    const before = await auditCount();
    const sessionsBefore = await handle.db
      .selectFrom('sessions')
      .select('id')
      .where('revoked_at', 'is', null)
      .execute();
    const response = await app.inject({
      method: 'POST',
      url,
      headers: {
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
        cookie: adminCookie,
      },
      payload: 'email=admin%40x.vn&password=whatever&name=x',
    });
    expect(response.statusCode).toBe(403);
    expect(await auditCount()).toBe(before);
    expect(
      await handle.db.selectFrom('sessions').select('id').where('revoked_at', 'is', null).execute(),
    ).toEqual(sessionsBefore);
  });

  it('refuses a POST that has neither a same-origin Origin nor the custom header', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/units.create',
      headers: { cookie: adminCookie, 'content-type': 'application/json' },
      payload: {},
    });
    expect(response.statusCode).toBe(403);
  });

  it('accepts a same-origin Origin without the custom header', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/auth/sign-out',
      headers: { host: 'localhost:3000', origin: 'http://localhost:3000' },
    });
    expect(response.statusCode).toBe(200);
  });

  const signOutFrom = (target: FastifyInstance, host: string, origin: string) =>
    target.inject({ method: 'POST', url: '/auth/sign-out', headers: { host, origin } });

  it.each([
    ['another scheme', 'https://localhost:3000'],
    ['another port', 'http://localhost:3001'],
    ['the default port', 'http://localhost'],
    ['another host', 'http://127.0.0.1:3000'],
    ['an opaque origin', 'null'],
  ])('refuses an Origin with %s than the request reached', async (_case, origin) => {
    expect((await signOutFrom(app, 'localhost:3000', origin)).statusCode).toBe(403);
  });

  it('compares the whole Origin with PUBLIC_ORIGIN when it is set, not with Host', async () => {
    const behindProxy = await testApp(handle.db, { PUBLIC_ORIGIN: 'https://lantoa.example.vn' });
    try {
      const cases: [host: string, origin: string][] = [
        ['127.0.0.1:3000', 'https://lantoa.example.vn'],
        ['lantoa.example.vn', 'http://lantoa.example.vn'],
        ['lantoa.example.vn:443', 'https://lantoa.example.vn:8443'],
        ['127.0.0.1:3000', 'http://127.0.0.1:3000'],
      ];
      const statuses = await Promise.all(
        cases.map(
          async ([host, origin]) => (await signOutFrom(behindProxy, host, origin)).statusCode,
        ),
      );
      expect(statuses).toEqual([200, 403, 403, 403]);
    } finally {
      await behindProxy.close();
    }
  });
});

describe('errors', () => {
  it('flattens zod errors per field, in the asked language, with no stack', async () => {
    const input = encodeURIComponent(JSON.stringify({ unitId: '', asOf: '31/12/2025' }));
    const response = await app.inject({
      method: 'GET',
      url: `/trpc/compliance.unit?input=${input}`,
      headers: { cookie: adminCookie, 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.message).toBe('Some fields are not valid');
    expect(Object.keys(body.error.data.fieldErrors)).toEqual(
      expect.arrayContaining(['unitId', 'asOf']),
    );
    expect(response.body).not.toMatch(/stack|at .*\.js|node_modules/);
  });

  it('hides internal errors behind a generic message', async () => {
    const input = encodeURIComponent(JSON.stringify({ unitId: 'not-a-uuid' }));
    const response = await app.inject({
      method: 'GET',
      url: `/trpc/compliance.unit?input=${input}`,
      headers: { cookie: adminCookie },
    });
    // A malformed uuid reaches PostgreSQL: the answer is a plain 404, not its SQL error.
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toMatch(/uuid|syntax|SELECT|stack/i);
  });

  it('limits batch size and body size', async () => {
    const paths = Array.from({ length: 11 }, () => 'plan.get').join(',');
    const batch = await app.inject({ method: 'GET', url: `/trpc/${paths}?batch=1&input={}` });
    expect(batch.statusCode).toBe(400);
    const big = await app.inject({
      method: 'POST',
      url: '/auth/sign-in',
      headers: { ...SAME_ORIGIN, 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.vn', password: 'x'.repeat(2_000_000) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toBe('Dữ liệu gửi lên quá lớn');
  });

  it('refuses to be framed and sniffed', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
