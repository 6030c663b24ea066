// The tree on a date, only the units in the caller's reach, each with its version (for the
// edit forms): one query narrowed by the one scope expression, so a province reads its own
// units, never the deployment's. For a province's pickers; screens over national data read
// a level at a time (list-child-units).
import { type IsoDate, sortUnitsAsTree } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import { unitInScope } from '../access/unit-scope.js';
import type { Database } from '../db/schema.js';
import { datedUnits, toUnitNode } from './get-hierarchy.js';

export async function getUnitTree(db: Kysely<Database>, scope: Scope, asOf: IsoDate) {
  const rows = await datedUnits(db, asOf)
    .select('u.version')
    // Reach is judged today (who may read it now), the shape on the asked day.
    .where(unitInScope('unit.read', scope.user, sql.ref('u.id'), scope.today))
    .execute();
  const versionOf = new Map(rows.map((r) => [r.id, r.version]));
  return {
    homeUnitId: scope.homeUnitId,
    units: sortUnitsAsTree(rows.map(toUnitNode)).map((u) => ({
      ...u,
      version: versionOf.get(u.id) ?? 1,
    })),
  };
}
