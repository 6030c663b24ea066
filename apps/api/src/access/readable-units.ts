// Which of some units the caller may read, asked of the database with the one scope
// expression (decision 20): the cost grows with the units asked about, never with all
// the units of the deployment.
import type { Action, IsoDate } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { unitInScope } from './unit-scope.js';

/** Answers which of the given units are in reach; what services take instead of a set. */
export type Readable = (unitIds: readonly string[]) => Promise<ReadonlySet<string>>;

export function readableUnits(
  db: Kysely<Database>,
  who: { user: SessionUser; today: IsoDate },
  action: Action = 'unit.read',
): Readable {
  return async (unitIds) => {
    const ids = [...new Set(unitIds)];
    if (ids.length === 0) return new Set();
    const rows = await db
      .selectFrom('units')
      .select('id')
      .where(sql<boolean>`units.id = ANY(${ids}::uuid[])`)
      .where(unitInScope(action, who.user, sql.ref('units.id'), who.today))
      .execute();
    return new Set(rows.map((r) => r.id));
  };
}

/** One unit: in reach or not. */
export const isReadable = async (readable: Readable, unitId: string) =>
  (await readable([unitId])).has(unitId);

/** The units of a list the caller may read (all of them when no one is asking). */
export async function keepReadable<T extends { id: string }>(
  readable: Readable | undefined,
  units: readonly T[],
): Promise<T[]> {
  if (!readable) return [...units];
  const inReach = await readable(units.map((u) => u.id));
  return units.filter((u) => inReach.has(u.id));
}
