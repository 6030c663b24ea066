// Inserts units and their first parent links, in order, so parents exist first; opened at
// the start of the term unless they were formed later (the 2025 reform's units).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { type SeedUnit, TRACKED_SINCE } from './kien-giang.js';

export async function seedUnits(
  trx: Kysely<Database>,
  units: SeedUnit[],
  openedOn: string = TRACKED_SINCE,
): Promise<Map<string, string>> {
  const existing = await trx.selectFrom('units').select(['id', 'code']).execute();
  const ids = new Map(existing.map((u) => [u.code, u.id]));
  for (const unit of units) {
    if (ids.has(unit.code)) continue;
    const row = await trx
      .insertInto('units')
      .values({
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        opened_on: openedOn,
        is_sample: unit.isSample ?? false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(unit.code, row.id);
    if (unit.parent) {
      const parentId = ids.get(unit.parent);
      if (!parentId) throw new Error(`seed: parent ${unit.parent} of ${unit.code} missing`);
      await trx
        .insertInto('unit_links')
        .values({ unit_id: row.id, parent_id: parentId, valid_from: openedOn })
        .execute();
    }
  }
  return ids;
}
