// The closure table agrees with the dated tree (getHierarchy) on every day around each
// change, whichever service or statement changed the links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeUnit } from '../services/close-unit.js';
import { getHierarchy } from '../services/get-hierarchy.js';
import { moveUnit } from '../services/move-unit.js';
import { sessionUserOf } from '../test/caller.js';
import { createUnit, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';
import type { DbHandle } from './create-db.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

/** "unit>ancestor@depth" for every row valid on `day`, from the closure table. */
async function fromClosure(day: string, unitIds: string[]) {
  const rows = await handle.db
    .selectFrom('unit_ancestors')
    .select(['unit_id', 'ancestor_id', 'depth'])
    .where('unit_id', 'in', unitIds)
    .where('valid_from', '<=', day)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', day)]))
    .execute();
  return rows.map((r) => `${r.unit_id}>${r.ancestor_id}@${r.depth}`).sort();
}

/** The same, walked up the tree that getHierarchy gives for `day`. */
async function fromTree(day: string, unitIds: string[]) {
  const tree = await getHierarchy(handle.db, day);
  const parentOf = new Map(tree.map((u) => [u.id, u.parentId]));
  const rows: string[] = [];
  for (const id of unitIds) {
    if (!parentOf.has(id)) continue;
    let at: string | null | undefined = id;
    for (let depth = 0; at; depth++) {
      rows.push(`${id}>${at}@${depth}`);
      at = parentOf.get(at);
    }
  }
  return rows.sort();
}

describe('unit_ancestors', () => {
  it('follows creation, moves and closures, dated', async () => {
    const db = handle.db;
    const province = await createUnit(db, { kind: 'province' });
    const a = await createUnit(db, { kind: 'district', parentId: province.id });
    const b = await createUnit(db, { kind: 'district', parentId: province.id });
    const commune = await createUnit(db, { kind: 'grassroots', parentId: a.id });
    const below = await createUnit(db, { kind: 'grassroots', parentId: commune.id });
    const admin = await sessionUserOf(
      db,
      await createUser(db, { role: 'admin', unitId: province.id }),
    );
    const ids = [province.id, a.id, b.id, commune.id, below.id];
    await moveUnit(db, admin, {
      unitId: commune.id,
      parentId: b.id,
      version: commune.version,
      effectiveOn: '2024-03-01',
    });
    const aNow = await db
      .selectFrom('units')
      .select('version')
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    await closeUnit(db, admin, {
      unitId: a.id,
      version: aNow.version,
      closedOn: '2025-07-01',
      mergedIntoId: province.id,
    });
    for (const day of ['2022-01-01', '2024-02-29', '2024-03-01', '2025-06-30', '2025-07-01']) {
      expect(await fromClosure(day, ids), day).toEqual(await fromTree(day, ids));
    }
    expect(await fromClosure('2024-02-29', [below.id])).toContain(`${below.id}>${a.id}@2`);
    expect(await fromClosure('2024-03-01', [below.id])).toContain(`${below.id}>${b.id}@2`);
  });
});
