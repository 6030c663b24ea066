// The public hot path (decision 36) on a real socket: a URL the route answered before is
// answered again without Fastify, with the same bytes and headers, until its unit changes;
// anything else (another method, a private path, a changed unit) still reaches Fastify.
import { INDICATORS, todayInVietnam } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { periodForYear } from '../services/evaluate-subtree.js';
import { createProvince, createUser } from '../test/factories.js';
import { testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let origin: string;
let units: Awaited<ReturnType<typeof createProvince>>;
/** Requests that went through Fastify (its onRequest hooks ran). */
let throughFastify = 0;

beforeAll(async () => {
  handle = await openTestDb();
  units = await createProvince(handle.db);
  app = await testApp(handle.db);
  app.addHook('onRequest', (_req, _reply, done) => {
    throughFastify += 1;
    done();
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await app?.close();
  await handle?.close();
});

const BR = { 'accept-encoding': 'br' };

/** Status, body and headers but the date, and whether Fastify saw the request. */
async function get(path: string, init: RequestInit = {}) {
  const before = throughFastify;
  const res = await fetch(`${origin}${path}`, { headers: BR, ...init });
  const body = Buffer.from(await res.arrayBuffer()).toString('base64');
  const headers = Object.fromEntries([...res.headers].filter(([name]) => name !== 'date'));
  return { status: res.status, body, headers, viaFastify: throughFastify > before };
}

describe('the public hot path', () => {
  const badge = () => `/public/v1/units/${units.districtA.code}/badge.svg?indicator=CT-05&lang=en`;

  it('answers a repeated badge request itself, with the same bytes and headers', async () => {
    const first = await get(badge());
    expect(first.status).toBe(200);
    expect(first.viaFastify).toBe(true);
    const second = await get(badge());
    expect(second.viaFastify).toBe(false);
    expect(second).toEqual({ ...first, viaFastify: false });
    expect(second.headers).toMatchObject({
      'content-encoding': 'br',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'access-control-allow-origin': '*',
    });
    // Another client that takes no compression gets the plain body from memory too.
    const plain = await get(badge(), { headers: { 'accept-encoding': 'identity' } });
    expect(plain.viaFastify).toBe(false);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Buffer.from(plain.body, 'base64').toString()).toContain('<svg');
  });

  it('answers If-None-Match with a 304 and no body', async () => {
    const { headers } = await get(badge());
    const res = await get(badge(), { headers: { ...BR, 'if-none-match': headers.etag ?? '' } });
    expect(res).toMatchObject({ status: 304, body: '', viaFastify: false });
  });

  it('leaves to Fastify a changed unit, other methods and the private API', async () => {
    const json = `/public/v1/units/${units.districtA.code}/compliance.json`;
    const before = await get(json);
    expect((await get(json)).viaFastify).toBe(false);

    // A submitted report written behind the app's back, then the app told of the change.
    const author = await createUser(handle.db, { role: 'admin', unitId: units.province.id });
    const indicator = INDICATORS.find((i) => i.code === 'CT-05');
    if (!indicator) throw new Error('CT-05 missing');
    const today = todayInVietnam(new Date());
    await handle.db
      .insertInto('reports')
      .values({
        unit_id: units.districtA.id,
        indicator: 'CT-05',
        period_key: periodForYear(indicator, Number(today.slice(0, 4)), today).key,
        status: 'submitted',
        claims_met: true,
        note: '',
        links: '[]',
        created_by: author.id,
        updated_by: author.id,
      })
      .execute();
    app.notifyFactsChanged([units.districtA.id]);
    const after = await get(json);
    expect(after.viaFastify).toBe(true);
    expect(after.body).not.toBe(before.body);
    expect((await get(json)).viaFastify).toBe(false);

    expect((await get(json, { method: 'HEAD' })).viaFastify).toBe(true);
    expect((await get('/healthz')).viaFastify).toBe(true);
    expect((await get('/trpc/auth.me')).viaFastify).toBe(true);
  });
});
