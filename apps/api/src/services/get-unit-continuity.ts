// What a unit's page says of the reorganisations around it: if the unit had closed by the
// date, what became of it (its successor, or dissolved); and which units were merged into
// it (or split among it and others) by then. Reports, records and stories stay with the
// unit they were made for, so a closed unit's page still reaches them. Names are dated: a
// closed unit, and a predecessor, by the name it last had; a successor by its name on the
// date asked about (a rename today leaves last year's page as it was).
import type { IsoDate, UnitKind, UnitNode } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import { lastNameOf, nameAsOf } from './unit-name-on.js';

export interface NamedUnit {
  id: string;
  code: string;
  name: string;
}

export interface UnitContinuity {
  /** The unit as it last stood, when it had closed by the date (it has no parent then). */
  closedUnit: UnitNode | null;
  closure: {
    closedOn: IsoDate;
    successor: NamedUnit | null;
    /** Every successor, principal first; one entry for a merger, none when dissolved. */
    successors: NamedUnit[];
  } | null;
  predecessors: { id: string; code: string; name: string; closedOn: IsoDate }[];
}

interface ClosedRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  opened_on: IsoDate;
  closed_on: IsoDate | null;
  is_sample: boolean;
  successorId: string | null;
  successorCode: string | null;
  successorName: string | null;
}

function closureOf(
  row: ClosedRow | undefined,
  others: NamedUnit[],
): Omit<UnitContinuity, 'predecessors'> {
  if (!row?.closed_on) return { closedUnit: null, closure: null };
  const { successorId: id, successorCode: code, successorName: name } = row;
  const successor = id && code && name ? { id, code, name } : null;
  return {
    closedUnit: {
      id: row.id,
      code: row.code,
      name: row.name,
      kind: row.kind as UnitKind,
      parentId: null,
      openedOn: row.opened_on,
      closedOn: row.closed_on,
      isSample: row.is_sample,
    },
    closure: {
      closedOn: row.closed_on,
      successor,
      successors: [
        ...(successor ? [successor] : []),
        ...others.filter((o) => o.id !== successor?.id),
      ],
    },
  };
}

export async function getUnitContinuity(
  db: Kysely<Database>,
  unitId: string,
  asOf: IsoDate,
): Promise<UnitContinuity> {
  const [row, predecessors, successors] = await Promise.all([
    db
      .selectFrom('units as u')
      .leftJoin('units as s', 's.id', 'u.merged_into')
      .select(['u.id', 'u.code', 'u.kind', 'u.opened_on', 'u.closed_on', 'u.is_sample'])
      .select(lastNameOf('u').as('name'))
      .select(['s.id as successorId', 's.code as successorCode'])
      .select(nameAsOf('s', asOf).as('successorName'))
      .where('u.id', '=', unitId)
      .where('u.closed_on', '<=', asOf)
      .executeTakeFirst(),
    db
      .selectFrom('units')
      .select(['id', 'code', 'closed_on'])
      .select(lastNameOf('units').as('name'))
      .where((eb) =>
        eb.or([
          eb('merged_into', '=', unitId),
          eb.exists(
            eb
              .selectFrom('unit_successors as us')
              .select(sql.lit(1).as('one'))
              .whereRef('us.unit_id', '=', 'units.id')
              .where('us.successor_id', '=', unitId),
          ),
        ]),
      )
      .where('closed_on', '<=', asOf)
      .orderBy('name')
      .execute(),
    db
      .selectFrom('unit_successors as us')
      .innerJoin('units as s', 's.id', 'us.successor_id')
      .select(['s.id', 's.code'])
      .select(nameAsOf('s', asOf).as('name'))
      .where('us.unit_id', '=', unitId)
      .orderBy('s.name')
      .execute(),
  ]);
  return {
    ...closureOf(row, successors),
    predecessors: predecessors.map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      closedOn: p.closed_on as IsoDate,
    })),
  };
}
