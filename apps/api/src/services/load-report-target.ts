// May this user write reports on this unit today? The unit tree is at most two links deep
// (canParent: province → district → commune), so walking up is two joins, not a recursive
// query; same answers as getScope (decision 3), checked by the scope-matrix test. The
// fragments here are shared by the one-statement save (save-report.ts) and by the query
// that explains why a save matched nothing.
import type { IsoDate, SaveReportInput } from '@lantoa/domain';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database, Report } from '../db/schema.js';
import { forbidden, notFound } from '../errors.js';

const UNIT_NOT_FOUND = { vi: 'Không tìm thấy đơn vị', en: 'Unit not found' };

// Aliases are constants of this file, written into the text as is (sql.raw, not sql.ref):
// on the hottest path, compiling fewer nodes is measurable.
const linkValidOn = (alias: 'l1' | 'l2', today: IsoDate) => {
  const a = sql.raw(alias);
  return sql`${a}.valid_from <= ${today}::date AND (${a}.valid_to IS NULL OR ${a}.valid_to > ${today}::date)`;
};
const unitOpenOn = (alias: 'u' | 'h', today: IsoDate) => {
  const a = sql.raw(alias);
  return sql`${a}.opened_on <= ${today}::date AND (${a}.closed_on IS NULL OR ${a}.closed_on > ${today}::date)`;
};

/** `units u` with its parent link `l1` and grandparent link `l2` as of today. */
export const unitWithAncestors = (today: IsoDate) => sql`units u
  LEFT JOIN unit_links l1 ON l1.unit_id = u.id AND ${linkValidOn('l1', today)}
  LEFT JOIN unit_links l2 ON l2.unit_id = l1.parent_id AND ${linkValidOn('l2', today)}`;

/** True when a user of this role and unit (SQL expressions: parameters, or columns of
 *  the statement's own session lookup) may write on `u`: an admin anywhere; a cadre on an
 *  open unit at or below their own open unit. */
export function mayWriteUnitAs(
  role: RawBuilder<unknown>,
  unitId: RawBuilder<unknown>,
  today: IsoDate,
): RawBuilder<boolean> {
  return sql<boolean>`(${role} = 'admin' OR (${role} = 'cadre' AND ${unitOpenOn('u', today)}
    AND ${unitId} IN (u.id, l1.parent_id, l2.parent_id)
    AND EXISTS (SELECT 1 FROM units h WHERE h.id = ${unitId} AND ${unitOpenOn('h', today)})))`;
}

const mayWriteUnit = (user: SessionUser, today: IsoDate) =>
  mayWriteUnitAs(sql`${user.role}::text`, sql`${user.unitId}::uuid`, today);

/** The report already there for (unit, indicator, period), if any; NOT_FOUND when the
 *  unit does not exist or is out of the user's scope; FORBIDDEN for a role that does not
 *  write reports. */
export async function loadReportTarget(
  db: Kysely<Database>,
  user: SessionUser,
  input: Pick<SaveReportInput, 'unitId' | 'indicator' | 'periodKey'>,
  today: IsoDate,
): Promise<Report | undefined> {
  // Only administrators and cadres write reports.
  if (user.role !== 'admin' && user.role !== 'cadre') throw forbidden();
  const { rows } = await sql<Report & { in_scope: boolean; found: boolean }>`
    SELECT r.*, r.id IS NOT NULL AS found, ${mayWriteUnit(user, today)} AS in_scope
    FROM ${unitWithAncestors(today)}
    LEFT JOIN reports r ON r.unit_id = u.id AND r.indicator = ${input.indicator}
      AND r.period_key = ${input.periodKey}
    WHERE u.id = ${input.unitId}`.execute(db);
  const row = rows[0];
  if (!row?.in_scope) throw notFound(UNIT_NOT_FOUND);
  if (!row.found) return undefined;
  const { in_scope: _s, found: _f, ...report } = row;
  return report as Report;
}
