// The report already there for (unit, indicator, period), once the policy lets this user
// save reports on the unit today: how the one-statement save (save-report.ts) explains a
// save that wrote nothing. The rule is the policy's, asked through `authorize`.
import type { IsoDate, SaveReportInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { authorize } from '../access/authorize.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database, Report } from '../db/schema.js';

/** NOT_FOUND when the unit is out of the user's scope; FORBIDDEN for a role that does not
 *  write reports; else the report there now, if any. */
export async function loadReportTarget(
  db: Kysely<Database>,
  user: SessionUser,
  input: Pick<SaveReportInput, 'unitId' | 'indicator' | 'periodKey'>,
  today: IsoDate,
): Promise<Report | undefined> {
  await authorize(db, { user, today }, { action: 'report.save', unitId: input.unitId });
  return db
    .selectFrom('reports')
    .selectAll()
    .where('unit_id', '=', input.unitId)
    .where('indicator', '=', input.indicator)
    .where('period_key', '=', input.periodKey)
    .executeTakeFirst();
}
