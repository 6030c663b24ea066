// One page of a unit's children on a date: the unit tree a level at a time, so that a
// province's hundred communes, or a commune's grassroots units, never come as a whole tree.
import type { IsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { childrenPage, type ReadableUnits, readableRootsPage } from './matrix/level-units.js';

export interface ChildUnitsQuery {
  /** Default: where the caller's views start. */
  parentId?: string | undefined;
  asOf: IsoDate;
  after?: readonly [string, string] | undefined;
  limit: number;
}

export async function listChildUnits(
  db: Kysely<Database>,
  readable: ReadableUnits,
  homeUnitId: string,
  query: ChildUnitsQuery,
) {
  const parentId = query.parentId ?? homeUnitId;
  if (!(await readable([parentId])).has(parentId))
    throw notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
  const page = await childrenPage(db, { ...query, parentId, withVersions: true });
  return { parentId, ...page, items: page.items.map((u) => ({ ...u, version: u.version ?? 1 })) };
}

/** One page of the provinces the caller may read (Central: all of them; a province role: its
 *  own), top of the tree on the day: what a province switcher lists, never the whole tree. */
export async function listReadableProvinces(
  db: Kysely<Database>,
  readable: ReadableUnits,
  query: Omit<ChildUnitsQuery, 'parentId'>,
) {
  const { items, nextCursor, total } = await readableRootsPage(db, readable, query);
  return { items, nextCursor, total };
}
