// Before a reorganisation is applied: the named errors, or the tree before and after, each
// changed unit with the version apply must quote, and what it holds (reports, records,
// stories), which stays with it.
import type { ReorganisationInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { countUnitHoldings } from './count-unit-holdings.js';
import { simulateReorganisationInDb } from './simulate-reorganisation-in-db.js';

export async function previewReorganisation(
  db: Kysely<Database>,
  visible: (unitId: string) => boolean,
  input: ReorganisationInput,
) {
  const { simulation, idOf } = await simulateReorganisationInDb(db, visible, input);
  if (!simulation.ok) return { ok: false as const, errors: simulation.errors };
  const ids = simulation.touched.map((code) => idOf.get(code) as string);
  const [versions, holdings] = await Promise.all([
    ids.length === 0
      ? []
      : db.selectFrom('units').select(['id', 'code', 'version']).where('id', 'in', ids).execute(),
    countUnitHoldings(db, ids),
  ]);
  const touched = simulation.touched.map((code) => {
    const id = idOf.get(code) as string;
    const zero = { reports: 0, records: 0, stories: 0 };
    return {
      code,
      id,
      version: versions.find((v) => v.id === id)?.version ?? 1,
      ...(holdings.get(id) ?? zero),
    };
  });
  return {
    ok: true as const,
    before: simulation.before,
    after: simulation.after,
    effects: simulation.effects,
    touched,
    versions: Object.fromEntries(touched.map((t) => [t.code, t.version])),
  };
}
