// The official reports kept, newest first, for the units the caller may read; and one
// report's file for download, judged by the same policy action.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { authorize } from '../../access/authorize.js';
import type { Scope } from '../../access/get-scope.js';
import { unitInScope } from '../../access/unit-scope.js';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../errors.js';

const REPORT_NOT_FOUND = { vi: 'Không tìm thấy báo cáo', en: 'Report not found' };

export async function listOfficialReports(db: Kysely<Database>, scope: Scope, limit = 50) {
  const rows = await db
    .selectFrom('official_reports as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .leftJoin('users as by', 'by.id', 'r.created_by')
    .select([
      'r.id',
      'r.unit_id as unitId',
      'u.name as unitName',
      'r.kind',
      'r.year',
      'r.number',
      'r.issued_on as issuedOn',
      'r.file_name as fileName',
      'r.size_bytes as sizeBytes',
      'r.created_at as createdAt',
      'by.name as createdByName',
    ])
    .where(unitInScope('officialReport.read', scope.user, sql.ref('r.unit_id'), scope.today))
    .orderBy('r.created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() }));
}

export async function getOfficialReportFile(db: Kysely<Database>, scope: Scope, id: string) {
  const row = await db
    .selectFrom('official_reports')
    .select(['unit_id', 'file_name', 'data'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound(REPORT_NOT_FOUND);
  await authorize(db, scope, {
    action: 'officialReport.read',
    unitId: row.unit_id,
    notFound: REPORT_NOT_FOUND,
  });
  return row;
}
