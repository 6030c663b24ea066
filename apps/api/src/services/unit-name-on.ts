// A unit's name on a day, for the queries that name a unit outside the dated tree (a
// closed unit, its successors and predecessors): its latest dated rename from that day or
// before (`unit_names`, decision 18), else `units.name`. The same rule as `datedUnits`.
import type { IsoDate } from '@lantoa/domain';
import { type RawBuilder, sql } from 'kysely';

/** The name of the unit row `alias` (an alias of `units`) on `day` (an SQL date). */
export const nameOn = (alias: string, day: RawBuilder<unknown>): RawBuilder<string> =>
  sql<string>`COALESCE((
    SELECT n.name FROM unit_names n
    WHERE n.unit_id = ${sql.ref(`${alias}.id`)} AND n.valid_from <= ${day}
    ORDER BY n.valid_from DESC LIMIT 1
  ), ${sql.ref(`${alias}.name`)})`;

/** The name of `alias` on the date `asOf`. */
export const nameAsOf = (alias: string, asOf: IsoDate) => nameOn(alias, sql`${asOf}::date`);

/** The name a closed unit `alias` last had: on the day before it closed. */
export const lastNameOf = (alias: string) =>
  nameOn(alias, sql`(${sql.ref(`${alias}.closed_on`)} - 1)`);
