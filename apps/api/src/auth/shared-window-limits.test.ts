// "Forgot password" limits shared by replicas (issue 13): two app instances listening on
// real sockets over one database refuse the fourth request for an email and the sixth from
// an address, whichever instance each request reaches, and answer a known and an unknown
// email alike. The counters keep no email in clear.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { createProvince, createUser } from '../test/factories.js';
import { testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';
import { hitSharedWindows } from './shared-window-limits.js';

let handle: DbHandle;
let replicas: FastifyInstance[];
let origins: string[];

beforeAll(async () => {
  handle = await openTestDb();
  replicas = await Promise.all([testApp(handle.db), testApp(handle.db)]);
  origins = await Promise.all(replicas.map((app) => app.listen({ port: 0, host: '127.0.0.1' })));
});
afterAll(async () => {
  await Promise.all(replicas.map((app) => app.close()));
  await handle.close();
});

async function requestReset(origin: string, email: string) {
  const response = await fetch(`${origin}/auth/reset-request`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-lantoa-csrf': '1' },
    body: JSON.stringify({ email }),
  });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

const clearAddressCounts = () =>
  handle.db.deleteFrom('public_rate_limits').where('bucket', 'like', 'reset-address:%').execute();

describe('password reset requests across two replicas', () => {
  it('answers a known and an unknown email alike, and limits each email to 3 across both', async () => {
    const tree = await createProvince(handle.db);
    const user = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
    const known: Awaited<ReturnType<typeof requestReset>>[] = [];
    const unknown: Awaited<ReturnType<typeof requestReset>>[] = [];
    // Every request over a socket here comes from 127.0.0.1: the address's own limit (5) is
    // cleared between the two runs so that only the email's counts.
    for (let i = 0; i < 4; i += 1) known.push(await requestReset(origins[i % 2] ?? '', user.email));
    await clearAddressCounts();
    for (let i = 0; i < 4; i += 1)
      unknown.push(await requestReset(origins[(i + 1) % 2] ?? '', 'nobody@test.lantoa.vn'));
    expect(known.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(unknown.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(known.map((r) => r.body)).toEqual(unknown.map((r) => r.body));
    expect(Number(known[3]?.headers.get('retry-after'))).toBeGreaterThan(0);
    const buckets = await handle.db.selectFrom('public_rate_limits').select('bucket').execute();
    expect(buckets.some((b) => b.bucket.includes('@'))).toBe(false);
  });

  it('limits one address to 5 requests in a window, counted by both replicas', async () => {
    await clearAddressCounts();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await requestReset(origins[i % 2] ?? '', `g${i}@test.lantoa.vn`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('the shared window counter', () => {
  it('starts a new count when the window turns, and waits until its end', async () => {
    const bucket = [{ key: 'test:window', limit: 1 }];
    const windowMs = 15 * 60_000;
    const t0 = new Date('2026-06-15T03:10:00Z');
    expect(await hitSharedWindows(handle.db, bucket, windowMs, t0)).toBeNull();
    expect(await hitSharedWindows(handle.db, bucket, windowMs, t0)).toBe(5 * 60);
    expect(
      await hitSharedWindows(handle.db, bucket, windowMs, new Date('2026-06-15T03:15:00Z')),
    ).toBeNull();
  });
});
