// Today's provinces: open units linked under nothing. The scheduler runs each one's rules.
import type { IsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export async function listProvinceRoots(db: Kysely<Database>, today: IsoDate): Promise<string[]> {
  const rows = await db
    .selectFrom('unit_ancestors as s')
    .select('s.unit_id')
    .where('s.depth', '=', 0)
    .where('s.valid_from', '<=', today)
    .where((eb) => eb.or([eb('s.valid_to', 'is', null), eb('s.valid_to', '>', today)]))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('unit_ancestors as p')
            .select('p.depth')
            .whereRef('p.unit_id', '=', 's.unit_id')
            .where('p.depth', '=', 1)
            .where('p.valid_from', '<=', today)
            .where((eb) => eb.or([eb('p.valid_to', 'is', null), eb('p.valid_to', '>', today)])),
        ),
      ),
    )
    .execute();
  return rows.map((r) => r.unit_id);
}
