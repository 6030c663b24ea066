// The units an export of records covers: those the caller may read, under the chosen root
// in today's tree when there is one, with each unit's path. A unit closed since (a
// district before the 2025 reform) stays in a province-wide export under its own name.
import { type IsoDate, subtreeIds, type UnitNode } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Scope } from '../../access/get-scope.js';
import { readableUnits } from '../../access/readable-units.js';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { getHierarchy } from '../get-hierarchy.js';
import { unitPaths } from './unit-paths.js';

export interface ExportUnits {
  root: UnitNode | undefined;
  ids: string[];
  pathOf: (unitId: string, fallbackName: string) => string;
}

export async function exportUnits(
  db: Kysely<Database>,
  scope: Scope,
  rootId: string | undefined,
  today: IsoDate,
): Promise<ExportUnits> {
  const tree = await getHierarchy(db, today);
  const paths = unitPaths(tree);
  const root = tree.find((u) => u.id === (rootId ?? scope.homeUnitId));
  const inReach = await readableUnits(db, scope)(tree.map((u) => u.id));
  if (rootId && (!root || !inReach.has(rootId)))
    throw notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
  const ids = rootId ? [...subtreeIds(tree, rootId)].filter((id) => inReach.has(id)) : [...inReach];
  return { root, ids, pathOf: (id, name) => paths.get(id) ?? name };
}
