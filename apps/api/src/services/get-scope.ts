// Unit scope, decided on the server for every call: administrators and reviewers see the
// whole province; cadres and viewers see their own unit and everything below it, as of
// today. Out-of-scope units answer NOT_FOUND, so a probe cannot learn they exist.
import type { IsoDate, UnitNode } from '@lantoa/domain';
import { subtreeIds } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { forbidden, notFound } from '../errors.js';
import { getHierarchy } from './get-hierarchy.js';

export interface Scope {
  isProvinceWide: boolean;
  units: UnitNode[];
  /** Units the user may see (and, for cadres, write); for the province, closed ones too. */
  unitIds: Set<string>;
  /** Where the user's views start: the province for province-wide roles, else their unit. */
  homeUnitId: string;
}

export async function getScope(
  db: Kysely<Database>,
  user: SessionUser,
  today: IsoDate,
): Promise<Scope> {
  const units = await getHierarchy(db, today);
  const isProvinceWide = user.role === 'admin' || user.role === 'reviewer';
  // The province sees every unit that ever existed, so its past (closed, merged) units stay
  // reachable in views "as of" an earlier date; cadres and viewers only today's subtree.
  const unitIds = isProvinceWide
    ? new Set((await db.selectFrom('units').select('id').execute()).map((u) => u.id))
    : subtreeIds(units, user.unitId);
  // A unit closed since the user was assigned leaves the tree: the user keeps nothing.
  if (!units.some((u) => u.id === user.unitId) && !isProvinceWide) unitIds.clear();
  const province = units.find((u) => u.kind === 'province' && u.parentId === null);
  const homeUnitId = isProvinceWide && province ? province.id : user.unitId;
  return { isProvinceWide, units, unitIds, homeUnitId };
}

const UNIT_NOT_FOUND = { vi: 'Không tìm thấy đơn vị', en: 'Unit not found' };

export function assertReadable(scope: Scope, unitId: string): void {
  if (!scope.unitIds.has(unitId)) throw notFound(UNIT_NOT_FOUND);
}

/** Cadres write reports and records for units in their subtree; administrators anywhere. */
export function assertCanEditUnitData(user: SessionUser, scope: Scope, unitId: string): void {
  assertReadable(scope, unitId);
  if (user.role !== 'admin' && user.role !== 'cadre') throw forbidden();
}
