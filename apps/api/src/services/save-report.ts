// A cadre creates or edits the report for (unit, indicator, period). Edits name the
// version they change: a stale version gets CONFLICT with the current row, never a silent
// overwrite. Approved reports are locked until a reviewer reopens them.
//
// The hottest write in the app, so a save is ONE statement (data-modifying CTEs commit
// together): the scope check, the versioned write and its audit event, whose before/after
// PostgreSQL builds from the rows themselves. Only when that statement matches nothing
// does a second query find out why (decision 7).
import { randomUUID } from 'node:crypto';
import type { IsoDate, SaveReportInput } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import { PREPARED } from '../db/prepared-statements.js';
import type { Database, Report } from '../db/schema.js';
import { AppError, conflict, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import {
  assertReportWriter,
  loadReportTarget,
  mayWriteUnit,
  unitWithAncestors,
} from './load-report-target.js';
import { type ReportDto, reportDtoJson, toReportDto } from './report-dto.js';

export const reportLocked = () =>
  new AppError('CONFLICT', {
    vi: 'Báo cáo đã được duyệt và đang khóa. Liên hệ người duyệt để mở lại',
    en: 'This report is approved and locked. Ask a reviewer to reopen it',
  });

const REPORT_NOT_FOUND = { vi: 'Không tìm thấy báo cáo', en: 'Report not found' };

/** The audit event of the write `w`, inserted by the same statement. */
const auditOfWrite = (actor: SessionUser, action: string, at: Date, before: 'old' | null) => sql`
  INSERT INTO audit_event (at, actor_id, action, entity, entity_id, unit_id, before, after)
  SELECT ${at}::timestamptz, ${actor.id}::uuid, ${action}, 'report', w.id::text, w.unit_id,
    ${before ? reportDtoJson(before) : sql`NULL::jsonb`}, ${reportDtoJson('w')}
  FROM w ${before ? sql.raw(`JOIN ${before} ON ${before}.id = w.id`) : sql``}`;

function createReport(
  db: Kysely<Database>,
  actor: SessionUser,
  input: SaveReportInput,
  today: IsoDate,
  now: Date,
) {
  return sql<Report>`${PREPARED}
    WITH target AS (
      SELECT u.id FROM ${unitWithAncestors(today)}
      WHERE u.id = ${input.unitId} AND ${mayWriteUnit(actor, today)}
    ), w AS (
      INSERT INTO reports (id, unit_id, indicator, period_key, status, claims_met, value, note,
        links, created_by, updated_by, version, created_at, updated_at)
      SELECT ${randomUUID()}::uuid, target.id, ${input.indicator}::text, ${input.periodKey}::text,
        'draft', ${input.claimsMet}::boolean, ${input.value ?? null}::double precision,
        ${input.note}::text, ${JSON.stringify(input.links)}::jsonb, ${actor.id}::uuid,
        ${actor.id}::uuid, 1, ${now}::timestamptz, ${now}::timestamptz
      FROM target
      ON CONFLICT (unit_id, indicator, period_key) DO NOTHING
      RETURNING *
    ), ev AS (${auditOfWrite(actor, 'report.create', now, null)})
    SELECT * FROM w`.execute(db);
}

/** The version check is in the write's own WHERE, re-checked by PostgreSQL under the row
 *  lock: a concurrent edit makes this one match nothing, and write no event. */
function updateReport(
  db: Kysely<Database>,
  actor: SessionUser,
  input: SaveReportInput,
  today: IsoDate,
  now: Date,
) {
  return sql<Report>`${PREPARED}
    WITH old AS (
      SELECT r.* FROM ${unitWithAncestors(today)}
      JOIN reports r ON r.unit_id = u.id AND r.indicator = ${input.indicator}
        AND r.period_key = ${input.periodKey}
      WHERE u.id = ${input.unitId} AND ${mayWriteUnit(actor, today)}
        AND r.version = ${input.version} AND r.status <> 'approved'
    ), w AS (
      UPDATE reports r SET claims_met = ${input.claimsMet}, value = ${input.value ?? null},
        note = ${input.note}, links = ${JSON.stringify(input.links)}::jsonb, status = 'draft',
        version = r.version + 1, updated_by = ${actor.id}, updated_at = ${now}
      FROM old
      WHERE r.id = old.id AND r.version = ${input.version} AND r.status <> 'approved'
      RETURNING r.*
    ), ev AS (${auditOfWrite(actor, 'report.update', now, 'old')})
    SELECT * FROM w`.execute(db);
}

export async function saveReport(
  db: Kysely<Database>,
  actor: SessionUser,
  input: SaveReportInput,
  today: IsoDate,
): Promise<ReportDto> {
  assertReportWriter(actor);
  const now = new Date();
  const write = input.version === null ? createReport : updateReport;
  const { rows } = await write(db, actor, input, today, now);
  if (rows[0]) return toReportDto(rows[0]);
  throw await whyNothingWasWritten(db, actor, input, today);
}

/** Out of scope → NOT_FOUND (thrown); otherwise the error that says what is there now. */
async function whyNothingWasWritten(
  db: Kysely<Database>,
  actor: SessionUser,
  input: SaveReportInput,
  today: IsoDate,
): Promise<AppError> {
  const current = await loadReportTarget(db, actor, input, today);
  if (!current) return notFound(REPORT_NOT_FOUND);
  if (input.version !== null && current.version === input.version && current.status === 'approved')
    return reportLocked();
  // Someone else created it first, or edited it since the version this edit names.
  return conflict(toReportDto(current));
}

export async function audit(
  trx: Kysely<Database>,
  actor: SessionUser,
  action: string,
  before: Parameters<typeof toReportDto>[0] | null,
  after: Parameters<typeof toReportDto>[0],
) {
  await appendAuditEvent(trx, {
    actorId: actor.id,
    action,
    entity: 'report',
    entityId: after.id,
    unitId: after.unit_id,
    before: before && toReportDto(before),
    after: toReportDto(after),
  });
}
