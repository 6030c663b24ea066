// The public badge and JSON "as of" a day (decision 19): a district split among commune-level
// chapters on 01/07/2025 is judged as it stood on 30/06/2025 when asked for that day, and
// says what became of it otherwise; each day has its own cache entry; a bad date is refused
// before any query. The successors' pages name it as their predecessor.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { createUnit, createUser } from '../test/factories.js';
import { sessionCookie, signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let cookie: string;
type Unit = Awaited<ReturnType<typeof createUnit>>;
let district: Unit;
let haTien: Unit;
let toChau: Unit;

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });
const badgeUrl = (query: string) => `/public/v1/units/kg-ha-tien/badge.svg?indicator=CT-03${query}`;
const jsonUrl = (query: string) => `/public/v1/units/kg-ha-tien/compliance.json?lang=vi${query}`;

async function unitPage(unitId: string) {
  const input = encodeURIComponent(JSON.stringify({ unitId }));
  const res = await get(`/trpc/compliance.unit?input=${input}`, { cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().result.data;
}

beforeAll(async () => {
  handle = await openTestDb();
  const db = handle.db;
  const kg = await createUnit(db, { kind: 'province', code: 'kg', closedOn: '2025-07-01' });
  const ag = await createUnit(db, { kind: 'province', code: 'ag', openedOn: '2025-07-01' });
  district = await createUnit(db, {
    kind: 'district',
    parentId: kg.id,
    code: 'kg-ha-tien',
    name: 'Hội CTĐ thành phố Hà Tiên',
    closedOn: '2025-07-01',
  });
  const commune = (code: string, name: string) =>
    createUnit(db, { kind: 'commune', parentId: ag.id, code, name, openedOn: '2025-07-01' });
  haTien = await commune('ag-ha-tien', 'Hội CTĐ phường Hà Tiên');
  toChau = await commune('ag-to-chau', 'Hội CTĐ phường Tô Châu');
  await db.updateTable('units').set({ merged_into: ag.id }).where('id', '=', kg.id).execute();
  await db
    .updateTable('units')
    .set({ merged_into: haTien.id })
    .where('id', '=', district.id)
    .execute();
  await db
    .insertInto('unit_successors')
    .values([haTien, toChau].map((s) => ({ unit_id: district.id, successor_id: s.id })))
    .execute();
  await db
    .insertInto('facebook_pages')
    .values({
      unit_id: district.id,
      url: 'https://www.facebook.com/hoictdhatien',
      name: 'Hội Chữ thập đỏ thành phố Hà Tiên',
      is_fanpage: true,
      created_on: '2024-03-01',
      last_post_on: '2025-06-28',
      recent_post_count: 9,
      last_checked_on: '2025-06-30',
    })
    .execute();
  const admin = await createUser(db, { role: 'admin', unitId: ag.id });
  app = await testApp(db);
  cookie = sessionCookie(await signIn(app, admin.email));
});

afterAll(async () => {
  await app?.close();
  await handle?.close();
});

describe('a split district, asked as of a day', () => {
  it('is judged as it stood on 30/06/2025, and says it was split today', async () => {
    const before = await get(badgeUrl('&asOf=2025-06-30'));
    expect(before.statusCode).toBe(200);
    expect(before.body).toContain('Đạt');
    expect(before.body).not.toContain('Đã chia');
    const now = await get(badgeUrl('&lang=en'));
    expect(now.statusCode).toBe(200);
    expect(now.body).toContain('Split into Hội CTĐ phường Hà Tiên and 1 other unit on 01/07/2025');

    const json = (await get(jsonUrl('&asOf=2025-06-30'))).json();
    expect(json.asOf).toBe('2025-06-30');
    expect(json.closed).toBeUndefined();
    expect(json.indicators.find((i: { code: string }) => i.code === 'CT-03')).toMatchObject({
      state: 'met',
    });
    const today = (await get(jsonUrl(''))).json();
    expect(today.closed).toEqual({
      on: '2025-07-01',
      message: 'Đã chia thành Hội CTĐ phường Hà Tiên và 1 đơn vị khác từ 01/07/2025',
      successor: { code: 'ag-ha-tien', name: 'Hội CTĐ phường Hà Tiên' },
      successors: [
        { code: 'ag-ha-tien', name: 'Hội CTĐ phường Hà Tiên' },
        { code: 'ag-to-chau', name: 'Hội CTĐ phường Tô Châu' },
      ],
    });
    // The first day it no longer existed already tells its fate.
    expect((await get(jsonUrl('&asOf=2025-07-01'))).json().closed.on).toBe('2025-07-01');
  });

  it('keeps one cache entry per day: today shares the default, an earlier day its own', async () => {
    const first = await get(jsonUrl(''));
    const todayIso = first.json().asOf as string;
    const explicit = await get(jsonUrl(`&asOf=${todayIso}`));
    expect(explicit.headers.etag).toBe(first.headers.etag);
    const earlier = await get(jsonUrl('&asOf=2025-06-30'));
    expect(earlier.headers.etag).not.toBe(first.headers.etag);
    const again = await get(jsonUrl('&asOf=2025-06-30'), {
      'if-none-match': String(earlier.headers.etag),
    });
    expect(again.statusCode).toBe(304);
  });

  it('refuses a malformed, impossible, future or repeated date, in the language asked', async () => {
    for (const bad of ['abc', '2025-02-30', '30/06/2025', '2999-01-01', '2021-12-31']) {
      const json = await get(jsonUrl(`&asOf=${encodeURIComponent(bad)}`));
      expect(json.statusCode, bad).toBe(400);
      expect(json.json().error.message).toContain('asOf phải là một ngày');
      const badge = await get(badgeUrl(`&lang=en&asOf=${encodeURIComponent(bad)}`));
      expect(badge.statusCode, bad).toBe(400);
      expect(badge.body).toContain('invalid date');
    }
    expect((await get(jsonUrl('&asOf=2025-06-30&asOf=2025-06-29'))).statusCode).toBe(400);
  });
});

describe('the admin pages of a split district and its successors', () => {
  it('list every successor on the district, and the district on each successor', async () => {
    const page = await unitPage(district.id);
    expect(page.closure.successors.map((s: { code: string }) => s.code)).toEqual([
      'ag-ha-tien',
      'ag-to-chau',
    ]);
    for (const successor of [haTien, toChau]) {
      expect((await unitPage(successor.id)).predecessors).toEqual([
        {
          id: district.id,
          code: 'kg-ha-tien',
          name: 'Hội CTĐ thành phố Hà Tiên',
          closedOn: '2025-07-01',
        },
      ]);
    }
  });
});
