// Generates an official report (.docx, Decree 30) for a unit and a year, and keeps it: the
// file and the inputs the user filled in are stored with an audit event in one transaction,
// so the report that left can be downloaded again byte for byte. The figures are those of
// the period's end (a 2025 report made in 2026 shows 2025), or of today for a year not over.
import { createHash } from 'node:crypto';
import {
  decreeDateLine,
  minDate,
  OFFICIAL_REPORT_KIND_LABELS,
  type OfficialReportInput,
  officialReportPeriodEnd,
  officialReportSubject,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { authorize } from '../../access/authorize.js';
import type { Scope } from '../../access/get-scope.js';
import { readableUnits } from '../../access/readable-units.js';
import type { Database } from '../../db/schema.js';
import { appendAuditEvent } from '../append-audit-event.js';
import { governingBodyOf } from './governing-body.js';
import { reportFigures } from './report-figures.js';
import { reportHighlights } from './report-highlights.js';

export async function generateOfficialReport(
  db: Kysely<Database>,
  scope: Scope,
  input: OfficialReportInput,
) {
  await authorize(db, scope, { action: 'officialReport.generate', unitId: input.unitId });
  const periodEnd = officialReportPeriodEnd(input.year);
  const asOf = minDate(periodEnd, scope.today);
  const figures = await reportFigures(db, readableUnits(db, scope), {
    rootId: input.unitId,
    asOf,
    year: input.year,
  });
  const [highlights, governingBody] = await Promise.all([
    reportHighlights(
      db,
      figures.units.map((u) => u.id),
      input.year,
    ),
    governingBodyOf(db, figures.root, asOf),
  ]);
  const subject = officialReportSubject(input.kind, input.year);
  // docx is loaded with the first report, not at start (restart budget; lazy-libraries.ts).
  const { renderOfficialReport } = await import('./render-official-report.js');
  const data = await renderOfficialReport({
    header: {
      governingBody,
      issuingBody: figures.root.name,
      number: input.number,
      dateLine: decreeDateLine(input.place, input.issuedOn),
    },
    subject,
    asOf,
    figures,
    highlights,
    assessment: input.assessment,
    proposals: input.proposals,
    signature: input,
  });
  const fileName = `${OFFICIAL_REPORT_KIND_LABELS[input.kind].vi} ${input.year} - ${figures.root.name}.docx`;
  const sha256 = createHash('sha256').update(data).digest('hex');
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('official_reports')
      .values({
        unit_id: input.unitId,
        kind: input.kind,
        year: input.year,
        period_end: periodEnd,
        number: input.number,
        issued_on: input.issuedOn,
        inputs: JSON.stringify(input),
        file_name: fileName,
        data,
        size_bytes: data.length,
        created_by: scope.user.id,
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: scope.user.id,
      action: 'officialReport.generate',
      entity: 'official_report',
      entityId: row.id,
      unitId: input.unitId,
      after: { ...input, asOf, fileName, sha256, sizeBytes: data.length },
    });
    return {
      id: row.id,
      fileName,
      sizeBytes: data.length,
      asOf,
      subject,
      createdAt: new Date(row.created_at).toISOString(),
    };
  });
}
