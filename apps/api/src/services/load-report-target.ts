// One round trip for the save path: may this user write this unit today, and what report
// is there already for (unit, indicator, period)? The unit tree is at most two links deep
// (canParent: province → district → commune), so walking up is two joins, not a recursive
// query; same answers as getScope (decision 3), checked by the scope-matrix test.
import type { IsoDate, SaveReportInput } from '@lantoa/domain';
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database, Report } from '../db/schema.js';
import { forbidden, notFound } from '../errors.js';

const UNIT_NOT_FOUND = { vi: 'Không tìm thấy đơn vị', en: 'Unit not found' };

const linkValidOn = (alias: 'l1' | 'l2', today: IsoDate) =>
  sql<SqlBool>`${sql.ref(`${alias}.valid_from`)} <= ${today}::date AND (${sql.ref(`${alias}.valid_to`)} IS NULL OR ${sql.ref(`${alias}.valid_to`)} > ${today}::date)`;
const unitOpenOn = (alias: string, today: IsoDate): Expression<SqlBool> =>
  sql<SqlBool>`${sql.ref(`${alias}.opened_on`)} <= ${today}::date AND (${sql.ref(`${alias}.closed_on`)} IS NULL OR ${sql.ref(`${alias}.closed_on`)} > ${today}::date)`;

export async function loadReportTarget(
  db: Kysely<Database>,
  user: SessionUser,
  input: Pick<SaveReportInput, 'unitId' | 'indicator' | 'periodKey'>,
  today: IsoDate,
): Promise<Report | undefined> {
  if (user.role !== 'admin' && user.role !== 'cadre') throw forbidden();
  const row = await db
    .selectFrom('units as u')
    .leftJoin('unit_links as l1', (join) =>
      join.onRef('l1.unit_id', '=', 'u.id').on(linkValidOn('l1', today)),
    )
    .leftJoin('unit_links as l2', (join) =>
      join.onRef('l2.unit_id', '=', 'l1.parent_id').on(linkValidOn('l2', today)),
    )
    .leftJoin('reports as r', (join) =>
      join
        .onRef('r.unit_id', '=', 'u.id')
        .on('r.indicator', '=', input.indicator)
        .on('r.period_key', '=', input.periodKey),
    )
    .selectAll('r')
    .select([
      'u.id as targetId',
      'l1.parent_id as parentId',
      'l2.parent_id as grandparentId',
      sql<boolean>`EXISTS (SELECT 1 FROM units h WHERE h.id = ${user.unitId} AND ${unitOpenOn('h', today)})`.as(
        'isHomeOpen',
      ),
    ])
    .where('u.id', '=', input.unitId)
    .$if(user.role === 'cadre', (q) => q.where(unitOpenOn('u', today)))
    .executeTakeFirst();
  const isInScope =
    row !== undefined &&
    (user.role === 'admin' ||
      (row.isHomeOpen && [row.targetId, row.parentId, row.grandparentId].includes(user.unitId)));
  if (!isInScope) throw notFound(UNIT_NOT_FOUND);
  if (row.id === null) return undefined;
  const { targetId: _t, parentId: _p, grandparentId: _g, isHomeOpen: _h, ...report } = row;
  return report as Report;
}
