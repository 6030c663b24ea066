// Runs a reorganisation on the tree of its date as the database holds it: the units the
// user may see (others read as missing), every code ever used (a closed unit keeps its
// code), and the domain's simulation. Preview and apply both start here.
import { type ReorganisationInput, simulateReorganisation, type UnitNode } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { getHierarchy } from './get-hierarchy.js';

export async function simulateReorganisationInDb(
  db: Kysely<Database>,
  visible: (unitId: string) => boolean,
  input: ReorganisationInput,
) {
  const [tree, codes] = await Promise.all([
    getHierarchy(db, input.effectiveOn),
    db.selectFrom('units').select('code').execute(),
  ]);
  const units = tree.filter((u) => visible(u.id));
  const simulation = simulateReorganisation(
    units,
    input,
    codes.map((c) => c.code),
  );
  const idOf = new Map(units.map((u: UnitNode) => [u.code, u.id]));
  return { simulation, units, idOf };
}

/** The refusal for a reorganisation the simulation rejects: every named error, bilingual. */
export function reorganisationRefused(errors: { message: { vi: string; en: string } }[]) {
  return badRequest(
    {
      vi: `Đợt sắp xếp chưa hợp lệ (${errors.length} lỗi): ${errors[0]?.message.vi ?? ''}`,
      en: `The reorganisation is not valid (${errors.length} errors): ${errors[0]?.message.en ?? ''}`,
    },
    { reorganisationErrors: errors },
  );
}
