// Locks a report row for a state change and checks the version the caller saw.
import type { Kysely } from 'kysely';
import type { Database, Report } from '../db/schema.js';
import { conflict, notFound } from '../errors.js';
import { assertReadable, type Scope } from './get-scope.js';
import { toReportDto } from './report-dto.js';

export async function loadReportForUpdate(
  trx: Kysely<Database>,
  scope: Scope,
  reportId: string,
  version: number,
): Promise<Report> {
  const report = await trx
    .selectFrom('reports')
    .selectAll()
    .where('id', '=', reportId)
    .forUpdate()
    .executeTakeFirst();
  if (!report || !scope.unitIds.has(report.unit_id)) {
    throw notFound({ vi: 'Không tìm thấy báo cáo', en: 'Report not found' });
  }
  assertReadable(scope, report.unit_id);
  if (report.version !== version) throw conflict(toReportDto(report));
  return report;
}
