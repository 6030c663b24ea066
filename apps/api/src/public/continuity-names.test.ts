// Continuity speaks with the names of the day asked about (issue 10, gap 2): a rename made
// today through units.rename is dated, so the unit page, the tree, the public JSON and the
// badge as of last year still name the successor, and a closed predecessor, as they were
// then; `units.name` (the name before any dated rename) is never rewritten.
import { addDays, todayInVietnam } from '@lantoa/domain';
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
const lastYear = addDays(today, -365);
type Unit = Awaited<ReturnType<typeof createUnit>>;
let province: Unit;
let district: Unit;

async function call(path: string, input: Record<string, unknown>, method = 'POST') {
  const query = method === 'GET' ? `?input=${encodeURIComponent(JSON.stringify(input))}` : '';
  const res = await app.inject({
    method,
    url: `/trpc/${path}${query}`,
    headers: { ...SAME_ORIGIN, cookie, 'content-type': 'application/json' },
    payload: method === 'POST' ? input : undefined,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().result.data;
}
const versionOf = async (id: string) =>
  (
    await handle.db
      .selectFrom('units')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).version;
const publicGet = (code: string, file: string, asOf?: string) =>
  app.inject({
    method: 'GET',
    url: `/public/v1/units/${code}/${file}?lang=vi${file.startsWith('badge') ? '&indicator=CT-03' : ''}${asOf ? `&asOf=${asOf}` : ''}`,
  });

beforeAll(async () => {
  handle = await openTestDb();
  province = await createUnit(handle.db, {
    kind: 'province',
    code: 'tinh-ten-cu',
    name: 'Hội CTĐ tỉnh Tên Cũ',
    openedOn: '2020-01-01',
  });
  district = await createUnit(handle.db, {
    kind: 'district',
    parentId: province.id,
    code: 'huyen-ten-cu',
    name: 'Hội CTĐ huyện Ban Đầu',
    openedOn: '2020-01-01',
  });
  const admin = await createUser(handle.db, { role: 'admin', unitId: province.id });
  app = await testApp(handle.db);
  cookie = sessionCookie(await signIn(app, admin.email));
  // The district is renamed (dated) in 2023, then merged into the province in 2024.
  await call('units.rename', {
    unitId: district.id,
    version: district.version,
    name: 'Hội CTĐ huyện Đổi Tên',
    effectiveOn: '2023-01-01',
  });
  await call('units.close', {
    unitId: district.id,
    version: await versionOf(district.id),
    closedOn: '2024-07-01',
    mergedIntoId: province.id,
  });
  // Today the province takes a new name.
  await call('units.rename', {
    unitId: province.id,
    version: await versionOf(province.id),
    name: 'Hội CTĐ tỉnh Tên Mới',
    effectiveOn: today,
  });
}, 180_000);
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

describe('a rename is dated: earlier days keep the old names', () => {
  it('rewrites no history: units.name keeps the name before any dated rename', async () => {
    const rows = await handle.db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('id', 'in', [province.id, district.id])
      .execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, r.name]))).toEqual({
      [province.id]: 'Hội CTĐ tỉnh Tên Cũ',
      [district.id]: 'Hội CTĐ huyện Ban Đầu',
    });
  });

  it("the closed unit's page names its successor as of the day asked, and itself by its last name", async () => {
    const before = await call('compliance.unit', { unitId: district.id, asOf: lastYear }, 'GET');
    expect(before.unit.name).toBe('Hội CTĐ huyện Đổi Tên');
    expect(before.closure.successor.name).toBe('Hội CTĐ tỉnh Tên Cũ');
    expect(before.closure.successors.map((s: { name: string }) => s.name)).toEqual([
      'Hội CTĐ tỉnh Tên Cũ',
    ]);
    const now = await call('compliance.unit', { unitId: district.id, asOf: today }, 'GET');
    expect(now.closure.successor.name).toBe('Hội CTĐ tỉnh Tên Mới');
  });

  it("the successor's page and the tree as of last year use the old names", async () => {
    const page = await call('compliance.unit', { unitId: province.id, asOf: lastYear }, 'GET');
    expect(page.unit.name).toBe('Hội CTĐ tỉnh Tên Cũ');
    expect(page.predecessors.map((p: { name: string }) => p.name)).toEqual([
      'Hội CTĐ huyện Đổi Tên',
    ]);
    // The unit picker finds a unit by the name it had on the day asked about.
    const found = await call('units.search', { search: 'ten cu', asOf: lastYear }, 'GET');
    expect(found.items.find((u: { id: string }) => u.id === province.id).name).toBe(
      'Hội CTĐ tỉnh Tên Cũ',
    );
    const early = await call('units.search', { search: 'ban dau', asOf: '2022-06-01' }, 'GET');
    expect(early.items.find((u: { id: string }) => u.id === district.id).name).toBe(
      'Hội CTĐ huyện Ban Đầu',
    );
  });

  it('the public JSON and badge as of last year name the successor as it was then', async () => {
    const old = (await publicGet(district.code, 'compliance.json', lastYear)).json();
    expect(old.closed.successor.name).toBe('Hội CTĐ tỉnh Tên Cũ');
    expect(old.unit.name).toBe('Hội CTĐ huyện Đổi Tên');
    const current = (await publicGet(district.code, 'compliance.json')).json();
    expect(current.closed.successor.name).toBe('Hội CTĐ tỉnh Tên Mới');
    const badge = await publicGet(district.code, 'badge.svg', lastYear);
    expect(badge.body).toContain('Đã sáp nhập vào Hội CTĐ tỉnh Tên Cũ từ 01/07/2024');
    expect((await publicGet(district.code, 'badge.svg')).body).toContain('Hội CTĐ tỉnh Tên Mới');
  });
});
