// Whether this database already holds the 1 July 2025 reform: the default demo seeds it as
// history, and `npm run demo:reform` on such a database must say so and change nothing.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The day Kiên Giang closed into An Giang, or null while it is open (the reform not yet
 *  applied, or a deployment without it). */
export async function reform2025AppliedOn(db: Kysely<Database>): Promise<string | null> {
  const kg = await db
    .selectFrom('units as u')
    .innerJoin('units as s', 's.id', 'u.merged_into')
    .select('u.closed_on')
    .where('u.code', '=', 'kg')
    .where('s.code', '=', 'ag')
    .executeTakeFirst();
  return kg?.closed_on ?? null;
}
