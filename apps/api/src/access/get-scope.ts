// The caller's scope, resolved once per call by the procedure middleware: who, which day,
// and where their views start. It costs one indexed read (the user's province), whatever
// the number of units: which units they may reach is asked per target in SQL
// (unitInScope), never loaded as a set (decision 20). Out-of-scope units answer
// NOT_FOUND, so a probe cannot learn they exist.
import { type IsoDate, relationsFor } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';

export interface Scope {
  user: SessionUser;
  today: IsoDate;
  /** Reads beyond its own subtree: the province's board and administrators, Central. */
  isProvinceWide: boolean;
  /** The province (tenant root) the user's unit belongs to today. */
  provinceId: string;
  /** Where the user's views start: the province for province-wide roles, else their unit. */
  homeUnitId: string;
}

export async function getScope(
  db: Kysely<Database>,
  user: SessionUser,
  today: IsoDate,
): Promise<Scope> {
  const isProvinceWide = relationsFor(user.role, 'unit.read').includes('other');
  const provinceId = await provinceOf(db, user.unitId);
  return {
    user,
    today,
    isProvinceWide,
    provinceId,
    homeUnitId: isProvinceWide ? provinceId : user.unitId,
  };
}

/** The province (tenant) a unit belongs to: one primary-key read of unit_tenants. */
export async function provinceOf(db: Kysely<Database>, unitId: string): Promise<string> {
  const row = await db
    .selectFrom('unit_tenants')
    .select('tenant_id')
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  return row?.tenant_id ?? unitId;
}
