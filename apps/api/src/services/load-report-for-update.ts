// Locks a report row for a change, asks the policy (its unit, status and people), and
// checks the version the caller saw. Out of reach is NOT_FOUND before anything else; a
// stale version is a CONFLICT with the current row before a status refusal, so the caller
// sees what changed.
import type { Kysely } from 'kysely';
import { type Check, refusalOf } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import type { Database, Report } from '../db/schema.js';
import { conflict, notFound } from '../errors.js';
import { toReportDto } from './report-dto.js';

export const REPORT_NOT_FOUND = { vi: 'Không tìm thấy báo cáo', en: 'Report not found' };

export async function loadReportForUpdate(
  trx: Kysely<Database>,
  scope: Scope,
  target: { reportId: string; version: number },
  check: Pick<Check, 'action' | 'wrongState'>,
): Promise<Report> {
  const report = await trx
    .selectFrom('reports')
    .selectAll()
    .where('id', '=', target.reportId)
    .forUpdate()
    .executeTakeFirst();
  if (!report) throw notFound(REPORT_NOT_FOUND);
  const refusal = await refusalOf(trx, scope, {
    ...check,
    unitId: report.unit_id,
    state: report.status,
    authorId: report.created_by,
    lastEditorId: report.updated_by,
    notFound: REPORT_NOT_FOUND,
  });
  if (refusal && refusal.code !== 'CONFLICT') throw refusal;
  if (report.version !== target.version) throw conflict(toReportDto(report));
  if (refusal) throw refusal;
  return report;
}
