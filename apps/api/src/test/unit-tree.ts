// The whole tree of a province on a day, for tests that check what a reorganisation did to
// it. The API answers no such thing any more (decision 38: screens read a level, or search);
// tests may read a small province whole. A province is the units that belong to the same
// tenant as `unitId` (decision 20), as a province's administrator reached them.
import { type IsoDate, sortUnitsAsTree } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import { datedUnits, toUnitNode } from '../services/get-hierarchy.js';

export async function provinceTree(db: Kysely<Database>, unitId: string, asOf: IsoDate) {
  const rows = await datedUnits(db, asOf)
    .select('u.version')
    .where(
      sql<boolean>`EXISTS (SELECT 1 FROM unit_tenants mt JOIN unit_tenants tt
        ON tt.tenant_id = mt.tenant_id WHERE mt.unit_id = ${unitId}::uuid AND tt.unit_id = u.id)`,
    )
    .execute();
  const versionOf = new Map(rows.map((r) => [r.id, r.version]));
  return {
    units: sortUnitsAsTree(rows.map(toUnitNode)).map((u) => ({
      ...u,
      version: versionOf.get(u.id) ?? 1,
    })),
  };
}
