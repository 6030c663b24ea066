// units.search, the unit picker's question (decision 38): folded names and codes, pages by
// cursor, the caller's read scope (never another province's units), the asked day, and the
// input's bounds refused before any query.
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUnit, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let a: Awaited<ReturnType<typeof createProvince>>;
let b: Awaited<ReturnType<typeof createProvince>>;
let adminA: User;
let national: User;
let rachGia: { id: string; code: string };

beforeAll(async () => {
  handle = await openTestDb();
  a = await createProvince(handle.db);
  b = await createProvince(handle.db);
  rachGia = await createUnit(handle.db, {
    kind: 'grassroots',
    parentId: a.districtA.id,
    name: 'Hội CTĐ phường Rạch Giá',
    code: 'RG-PHUONG-01',
  });
  // A name that exists only in province B, and units opened and closed on known days.
  await createUnit(handle.db, {
    kind: 'grassroots',
    parentId: b.districtA.id,
    name: 'Hội CTĐ xã Đông Hòa',
  });
  await createUnit(handle.db, {
    kind: 'grassroots',
    parentId: a.districtB.id,
    name: 'Chi hội Sóc Xoài',
    openedOn: '2022-01-01',
    closedOn: '2024-01-01',
  });
  for (let i = 1; i <= 7; i++)
    await createUnit(handle.db, {
      kind: 'grassroots',
      parentId: a.districtB.id,
      name: `Chi hội Tân Hiệp ${i}`,
    });
  adminA = await createUser(handle.db, { role: 'admin', unitId: a.province.id });
  national = await createUser(handle.db, { role: 'national', unitId: a.province.id });
});
afterAll(() => handle.close());

const search = async (
  user: User,
  input: Parameters<Awaited<ReturnType<typeof callerAs>>['units']['search']>[0],
) => (await callerAs(handle.db, user)).units.search(input);

describe('units.search', () => {
  it('finds a unit by its name without diacritics, with its parent named', async () => {
    const { items } = await search(adminA, { search: 'RACH gia' });
    expect(items).toEqual([
      {
        id: rachGia.id,
        code: 'RG-PHUONG-01',
        name: 'Hội CTĐ phường Rạch Giá',
        kind: 'grassroots',
        parentId: a.districtA.id,
        parentName: a.districtA.name,
        version: 1,
        isSample: false,
      },
    ]);
    expect((await search(adminA, { search: 'phường rạch' })).items.map((u) => u.id)).toEqual([
      rachGia.id,
    ]);
  });

  it('finds a unit by part of its code, or by exactly its code', async () => {
    expect((await search(adminA, { search: 'rg-phuong' })).items.map((u) => u.id)).toEqual([
      rachGia.id,
    ]);
    expect((await search(adminA, { code: 'RG-PHUONG-01' })).items.map((u) => u.id)).toEqual([
      rachGia.id,
    ]);
    expect((await search(adminA, { code: 'RG-PHUONG' })).items).toEqual([]);
  });

  it("never answers another province's units to a province's administrator", async () => {
    expect((await search(adminA, { search: 'dong hoa' })).items).toEqual([]);
    expect((await search(national, { search: 'dong hoa' })).items).toHaveLength(1);
  });

  it('pages with a cursor, each unit once', async () => {
    const first = await search(adminA, { search: 'tan hiep', limit: 3 });
    expect(first.items).toHaveLength(3);
    const seen = first.items.map((u) => u.name);
    let cursor = first.nextCursor;
    while (cursor) {
      const next = await search(adminA, { search: 'tan hiep', limit: 3, cursor });
      seen.push(...next.items.map((u) => u.name));
      cursor = next.nextCursor;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `Chi hội Tân Hiệp ${i}`));
  });

  it('answers the units of the asked day', async () => {
    expect((await search(adminA, { search: 'soc xoai' })).items).toEqual([]);
    expect((await search(adminA, { search: 'soc xoai', asOf: '2023-06-01' })).items).toHaveLength(
      1,
    );
    expect((await search(adminA, { search: 'rach gia', asOf: '2021-06-01' })).items).toEqual([]);
  });

  it('searches the name a unit had on the day (a dated rename)', async () => {
    const renamed = await createUnit(handle.db, {
      kind: 'grassroots',
      parentId: a.districtA.id,
      name: 'Chi hội Cũ',
    });
    await handle.db
      .insertInto('unit_names')
      .values({
        unit_id: renamed.id,
        name: 'Chi hội Mới',
        valid_from: '2025-01-01',
        reorganisation_id: null,
      })
      .execute();
    expect((await search(adminA, { search: 'chi hoi moi' })).items.map((u) => u.name)).toEqual([
      'Chi hội Mới',
    ]);
    expect((await search(adminA, { search: 'chi hoi moi', asOf: '2024-06-01' })).items).toEqual([]);
    expect(
      (await search(adminA, { search: 'chi hoi cu', asOf: '2024-06-01' })).items.map((u) => u.id),
    ).toEqual([renamed.id]);
  });

  it('narrows to a subtree and to kinds', async () => {
    const under = await search(adminA, {
      underUnitId: a.districtB.id,
      search: 'chi hoi',
      limit: 50,
    });
    expect(under.items).toHaveLength(7);
    const districts = await search(adminA, { kinds: ['district'], limit: 50 });
    expect(districts.items.map((u) => u.id).sort()).toEqual(
      [a.districtA.id, a.districtB.id].sort(),
    );
  });

  it('refuses a too long text, a forged cursor and more than 50 a page', async () => {
    const codeOf = (e: unknown) => (e instanceof TRPCError ? e.code : String(e));
    for (const input of [
      { search: 'x'.repeat(101) },
      { cursor: 'bm90LWEtY3Vyc29y' },
      { cursor: Buffer.from(JSON.stringify(['users', 'a', a.province.id])).toString('base64url') },
      { limit: 51 },
    ])
      await expect(search(adminA, input).catch(codeOf)).resolves.toBe('BAD_REQUEST');
  });
});
