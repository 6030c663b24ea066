// A reorganisation writes dated rows (parent links, names) for the units it touches, so one
// may neither be written under a change already dated on or after its day (apply) nor be
// undone from under a change dated after it (cancel): both ask this one question.
import type { IsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface LaterThan {
  on: IsoDate;
  /** Whether a change dated `on` itself counts as later. */
  isSameDayLater: boolean;
}

/** Whether any of the units has a parent link or a name dated later than the day. */
export async function hasLaterUnitChanges(
  trx: Kysely<Database>,
  unitIds: readonly string[],
  { on, isSameDayLater }: LaterThan,
): Promise<boolean> {
  if (unitIds.length === 0) return false;
  const rows = await Promise.all(
    (['unit_links', 'unit_names'] as const).map((table) =>
      trx
        .selectFrom(table)
        .select('id')
        .where('unit_id', 'in', unitIds)
        .where('valid_from', isSameDayLater ? '>=' : '>', on)
        .limit(1)
        .execute(),
    ),
  );
  return rows.some((found) => found.length > 0);
}
