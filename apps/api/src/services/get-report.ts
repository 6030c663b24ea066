// One report, if its unit is in the caller's reach (else not found: a probe learns nothing).
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import { unitInScope } from '../access/unit-scope.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { toReportDto } from './report-dto.js';

export async function getReport(db: Kysely<Database>, scope: Scope, reportId: string) {
  const row = await db
    .selectFrom('reports')
    .selectAll()
    .where('id', '=', reportId)
    .where(unitInScope('report.read', scope.user, sql.ref('reports.unit_id'), scope.today))
    .executeTakeFirst();
  if (!row) throw notFound({ vi: 'Không tìm thấy báo cáo', en: 'Report not found' });
  return toReportDto(row);
}
