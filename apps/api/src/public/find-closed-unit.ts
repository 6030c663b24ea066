// A public code whose unit has closed: what became of it (merged into which unit, or
// dissolved, and from which day), so an old badge or partner page keeps answering instead
// of "not found". Read only when no unit open today has the code, so hits never pay for it.
// Names are dated: the closed unit's last name, its successors' on the day asked about.
import type { Closure, IsoDate, UnitKind } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { lastNameOf, nameAsOf } from '../services/unit-name-on.js';
import { isUnitCode } from './evaluate-public-unit.js';

export interface ClosedPublicUnit extends Closure {
  unit: { code: string; name: string; kind: UnitKind };
  successor: { code: string; name: string } | null;
  /** Every successor, principal first, to follow from an old badge or partner page. */
  successors: { code: string; name: string }[];
}

export async function findClosedUnit(
  db: Kysely<Database>,
  code: string,
  today: IsoDate,
): Promise<ClosedPublicUnit | null> {
  if (!isUnitCode(code)) return null;
  const row = await db
    .selectFrom('units as u')
    .leftJoin('units as s', 's.id', 'u.merged_into')
    .select(['u.code', 'u.kind', 'u.closed_on', 's.code as successorCode'])
    .select([lastNameOf('u').as('name'), nameAsOf('s', today).as('successorName')])
    .where('u.code', '=', code)
    .where('u.closed_on', '<=', today)
    .executeTakeFirst();
  if (!row?.closed_on) return null;
  const successor =
    row.successorCode && row.successorName
      ? { code: row.successorCode, name: row.successorName }
      : null;
  const others = await db
    .selectFrom('unit_successors as us')
    .innerJoin('units as u', 'u.id', 'us.unit_id')
    .innerJoin('units as s', 's.id', 'us.successor_id')
    .select(['s.code', nameAsOf('s', today).as('name')])
    .where('u.code', '=', code)
    .orderBy('s.name')
    .execute();
  return {
    unit: { code: row.code, name: row.name, kind: row.kind as UnitKind },
    closedOn: row.closed_on,
    successor,
    successors: [
      ...(successor ? [successor] : []),
      ...others.filter((o) => o.code !== successor?.code),
    ],
  };
}
