// Submitted reports waiting for the province, oldest first, with their unit's name and
// evidence files (a reviewer judges the evidence, not only the claim).
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import { unitInScope } from '../access/unit-scope.js';
import type { Database } from '../db/schema.js';
import { listReportFiles } from './list-report-files.js';
import { toReportDto } from './report-dto.js';

export async function listReviewQueue(db: Kysely<Database>, scope: Scope, indicator?: string) {
  let query = db
    .selectFrom('reports as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .innerJoin('users as a', 'a.id', 'r.updated_by')
    .selectAll('r')
    .select(['u.code as unitCode', 'u.name as unitName', 'a.name as authorName'])
    .where('r.status', '=', 'submitted')
    .where(unitInScope('report.reviewQueue', scope.user, sql.ref('r.unit_id'), scope.today))
    .orderBy('r.submitted_at')
    .limit(500);
  if (indicator) query = query.where('r.indicator', '=', indicator);
  const rows = await query.execute();
  const files = await listReportFiles(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...toReportDto(r),
    files: files.get(r.id) ?? [],
    unit: { id: r.unit_id, code: r.unitCode, name: r.unitName },
    authorName: r.authorName,
  }));
}
