import { subtreeIds } from '@lantoa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { createUnit } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';
import { getHierarchy } from './get-hierarchy.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

describe('getHierarchy as of a date', () => {
  it('returns each date its own tree across the 1 July 2025 reform', async () => {
    const db = handle.db;
    const kg = await createUnit(db, { kind: 'province', code: 'kg' });
    const rachGia = await createUnit(db, {
      kind: 'district',
      code: 'kg-rach-gia',
      parentId: kg.id,
      closedOn: '2025-07-01',
    });
    const ward = await createUnit(db, {
      kind: 'grassroots',
      code: 'kg-ward',
      parentId: rachGia.id,
    });
    // The reform: the district closes and the ward moves directly under the province.
    await db
      .updateTable('unit_links')
      .set({ valid_to: '2025-07-01' })
      .where('unit_id', '=', ward.id)
      .execute();
    await db
      .insertInto('unit_links')
      .values({ unit_id: ward.id, parent_id: kg.id, valid_from: '2025-07-01' })
      .execute();
    const late = await createUnit(db, {
      kind: 'district',
      code: 'kg-new',
      parentId: kg.id,
      openedOn: '2025-07-01',
    });

    const before = await getHierarchy(db, '2025-06-30');
    const after = await getHierarchy(db, '2025-07-01');
    const parentOf = (tree: typeof before, id: string) => tree.find((u) => u.id === id)?.parentId;

    expect(before.map((u) => u.code).sort()).toEqual(['kg', 'kg-rach-gia', 'kg-ward']);
    expect(parentOf(before, ward.id)).toBe(rachGia.id);
    expect(after.map((u) => u.code).sort()).toEqual(['kg', 'kg-new', 'kg-ward']);
    expect(parentOf(after, ward.id)).toBe(kg.id);
    expect(parentOf(after, late.id)).toBe(kg.id);
    expect([...subtreeIds(before, rachGia.id)].sort()).toEqual([rachGia.id, ward.id].sort());
    expect(subtreeIds(after, kg.id).size).toBe(3);
  });
});
