// The evidence files of some reports, oldest first, grouped by report: what a unit page
// and the review queue show beside each report. One query for all of them.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { toFileDto } from './evidence-file.js';

export type ReportFileDto = ReturnType<typeof toFileDto>;

export async function listReportFiles(
  db: Kysely<Database>,
  reportIds: readonly string[],
): Promise<Map<string, ReportFileDto[]>> {
  const byReport = new Map<string, ReportFileDto[]>(reportIds.map((id) => [id, []]));
  if (reportIds.length === 0) return byReport;
  const rows = await db
    .selectFrom('report_files')
    .select(['id', 'report_id', 'file_name', 'content_type', 'size_bytes', 'created_at'])
    .where('report_id', 'in', [...reportIds])
    .orderBy('created_at')
    .execute();
  for (const row of rows) byReport.get(row.report_id)?.push(toFileDto(row));
  return byReport;
}
