// A closed unit's public badge and JSON say what became of it, in the language asked, and
// keep saying it when the successor changes (no stale name from the cache). Its admin page
// says the same; the successor's page lists its predecessors.
import { formatDateVi, todayInVietnam } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { createUnit, createUser } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let cookie: string;
const today = todayInVietnam(new Date());
const on = formatDateVi(today);
type Unit = Awaited<ReturnType<typeof createUnit>>;
let province: Unit;
let merged: Unit;
let dissolved: Unit;

const get = (url: string) => app.inject({ method: 'GET', url });
const badge = (code: string, lang: string) =>
  get(`/public/v1/units/${code}/badge.svg?indicator=CT-03&lang=${lang}`);
const json = (code: string, lang: string) =>
  get(`/public/v1/units/${code}/compliance.json?lang=${lang}`);

async function call(procedure: string, payload: Record<string, unknown>) {
  const res = await app.inject({
    method: 'POST',
    url: `/trpc/${procedure}`,
    headers: { ...SAME_ORIGIN, cookie, 'content-type': 'application/json' },
    payload,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().result.data;
}

async function unitPage(unitId: string) {
  const input = encodeURIComponent(JSON.stringify({ unitId }));
  const res = await app.inject({
    method: 'GET',
    url: `/trpc/compliance.unit?input=${input}`,
    headers: { cookie },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().result.data;
}

beforeAll(async () => {
  handle = await openTestDb();
  province = await createUnit(handle.db, {
    kind: 'province',
    code: 'tinh-ag',
    name: 'Hội CTĐ tỉnh An Giang',
  });
  merged = await createUnit(handle.db, {
    kind: 'district',
    parentId: province.id,
    code: 'huyen-sap-nhap',
    name: 'Hội CTĐ huyện Sáp Nhập',
  });
  dissolved = await createUnit(handle.db, {
    kind: 'district',
    parentId: province.id,
    code: 'huyen-giai-the',
  });
  const admin = await createUser(handle.db, { role: 'admin', unitId: province.id });
  app = await testApp(handle.db);
  cookie = sessionCookie(await signIn(app, admin.email));
  await handle.db
    .insertInto('reports')
    .values({
      unit_id: merged.id,
      indicator: 'CT-05',
      period_key: '2025',
      status: 'submitted',
      claims_met: true,
      note: 'Báo cáo năm 2025',
      links: '[]',
      created_by: admin.id,
      updated_by: admin.id,
    })
    .execute();
  // Cached while open: the closure must make these stale.
  expect((await badge(merged.code, 'vi')).statusCode).toBe(200);
  expect((await json(merged.code, 'en')).statusCode).toBe(200);
  await call('units.close', {
    unitId: merged.id,
    version: merged.version,
    closedOn: today,
    mergedIntoId: province.id,
  });
  await call('units.close', { unitId: dissolved.id, version: dissolved.version, closedOn: today });
});

afterAll(async () => {
  await app?.close();
  await handle?.close();
});

describe('a merged unit', () => {
  it('has a grey badge that names its successor and the day, in Vietnamese and English', async () => {
    const vi = await badge(merged.code, 'vi');
    expect(vi.statusCode).toBe(200);
    expect(vi.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(vi.body).toContain(`Đã sáp nhập vào Hội CTĐ tỉnh An Giang từ ${on}`);
    expect(vi.body).toContain('fill="#616161"');
    const en = await badge(merged.code, 'en');
    expect(en.body).toContain(`Merged into Hội CTĐ tỉnh An Giang on ${on}`);
    expect(en.body).not.toContain('not found');
  });

  it('has a compliance.json that names the successor code to follow', async () => {
    const res = await json(merged.code, 'en');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      unit: { code: merged.code, name: 'Hội CTĐ huyện Sáp Nhập', kind: 'district' },
      asOf: today,
      closed: {
        on: today,
        message: `Merged into Hội CTĐ tỉnh An Giang on ${on}`,
        successor: { code: 'tinh-ag', name: 'Hội CTĐ tỉnh An Giang' },
        successors: [{ code: 'tinh-ag', name: 'Hội CTĐ tỉnh An Giang' }],
      },
      indicators: [],
    });
  });

  it('follows a rename of its successor, though only the successor changed', async () => {
    await badge(merged.code, 'vi');
    await json(merged.code, 'vi');
    const [current] = await handle.db
      .selectFrom('units')
      .select('version')
      .where('id', '=', province.id)
      .execute();
    await call('units.rename', {
      unitId: province.id,
      version: current?.version,
      name: 'Hội Chữ thập đỏ tỉnh An Giang',
      effectiveOn: today,
    });
    expect((await badge(merged.code, 'vi')).body).toContain(
      `Đã sáp nhập vào Hội Chữ thập đỏ tỉnh An Giang từ ${on}`,
    );
    expect((await json(merged.code, 'vi')).json().closed.successor.name).toBe(
      'Hội Chữ thập đỏ tỉnh An Giang',
    );
  });
});

describe('a dissolved unit', () => {
  it('says it was dissolved and from when, with no successor', async () => {
    expect((await badge(dissolved.code, 'vi')).body).toContain(`Đã giải thể từ ${on}`);
    expect((await badge(dissolved.code, 'en')).body).toContain(`Dissolved on ${on}`);
    const body = (await json(dissolved.code, 'vi')).json();
    expect(body.closed).toEqual({
      on: today,
      message: `Đã giải thể từ ${on}`,
      successor: null,
      successors: [],
    });
  });

  it('still answers an unknown code with not found', async () => {
    expect((await badge('khong-co-don-vi', 'vi')).statusCode).toBe(404);
    expect((await json('khong-co-don-vi', 'vi')).statusCode).toBe(404);
  });
});

describe('the admin unit pages', () => {
  it("show a closed unit's closure and successor, keep its reports, and judge nothing", async () => {
    const page = await unitPage(merged.id);
    expect(page.unit).toMatchObject({ id: merged.id, closedOn: today });
    const successor = { id: province.id, code: 'tinh-ag', name: 'Hội Chữ thập đỏ tỉnh An Giang' };
    expect(page.closure).toEqual({ closedOn: today, successor, successors: [successor] });
    expect(page.evaluations).toEqual([]);
    expect(page.reports.map((r: { note: string }) => r.note)).toEqual(['Báo cáo năm 2025']);
    expect((await unitPage(dissolved.id)).closure).toEqual({
      closedOn: today,
      successor: null,
      successors: [],
    });
  });

  it("list the successor's predecessors, not the dissolved unit", async () => {
    const page = await unitPage(province.id);
    expect(page.closure).toBeNull();
    expect(page.predecessors).toEqual([
      { id: merged.id, code: merged.code, name: 'Hội CTĐ huyện Sáp Nhập', closedOn: today },
    ]);
  });
});
