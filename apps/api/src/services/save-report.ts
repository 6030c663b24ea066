// A cadre creates or edits the report for (unit, indicator, period). Edits name the
// version they change: a stale version gets CONFLICT with the current row, never a silent
// overwrite. Approved reports are locked until a reviewer reopens them.
import { randomUUID } from 'node:crypto';
import type { IsoDate, SaveReportInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database, Report } from '../db/schema.js';
import { AppError, conflict, notFound } from '../errors.js';
import {
  type AnyQueryCreator,
  advanceAuditHead,
  appendAuditEvent,
  insertAuditEvent,
  type PreparedAuditEvent,
  prepareAuditEvent,
} from './append-audit-event.js';
import { loadReportTarget } from './load-report-target.js';
import type { AnyDb } from './record-kinds.js';
import { type ReportDto, toReportDto } from './report-dto.js';

export const reportLocked = () =>
  new AppError('CONFLICT', {
    vi: 'Báo cáo đã được duyệt và đang khóa. Liên hệ người duyệt để mở lại',
    en: 'This report is approved and locked. Ask a reviewer to reopen it',
  });

/** Where a report for (unit, indicator, period) lives, if anywhere. */
function findReport(db: Kysely<Database>, input: SaveReportInput) {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('unit_id', '=', input.unitId)
    .where('indicator', '=', input.indicator)
    .where('period_key', '=', input.periodKey)
    .executeTakeFirst();
}

/**
 * The write and its audit event in ONE statement (data-modifying CTEs commit together):
 * no explicit transaction, no row lock held across round trips. The write's own WHERE is
 * the concurrency check (version, not approved); when it matches nothing, the audit head
 * does not move and no event is written.
 */
async function writeWithAudit(
  db: Kysely<Database>,
  write: (q: AnyQueryCreator) => unknown,
  event: PreparedAuditEvent,
): Promise<Report | undefined> {
  const q = (db as unknown as AnyDb)
    .with('w', write as never)
    .with('head', (cte) => advanceAuditHead(cte, event, 'w'))
    .with('ev', (cte) => insertAuditEvent(cte, event));
  return (await q.selectFrom('w').selectAll().executeTakeFirst()) as Report | undefined;
}

export async function saveReport(
  db: Kysely<Database>,
  actor: SessionUser,
  input: SaveReportInput,
  today: IsoDate,
): Promise<ReportDto> {
  const current = await loadReportTarget(db, actor, input, today);
  const now = new Date();
  const fields = {
    claims_met: input.claimsMet,
    value: input.value ?? null,
    note: input.note,
    updated_by: actor.id,
  };
  if (input.version === null) {
    if (current) throw conflict(toReportDto(current));
    const row: Report = {
      ...fields,
      id: randomUUID(),
      unit_id: input.unitId,
      indicator: input.indicator,
      period_key: input.periodKey,
      status: 'draft',
      links: input.links,
      review_comment: null,
      submitted_at: null,
      reviewed_at: null,
      reviewed_by: null,
      created_by: actor.id,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    const event = reportEvent(actor, 'report.create', null, row);
    const created = await writeWithAudit(
      db,
      (q) =>
        q
          .insertInto('reports')
          .values({ ...row, links: JSON.stringify(row.links) })
          .onConflict((oc) => oc.columns(['unit_id', 'indicator', 'period_key']).doNothing())
          .returningAll(),
      event,
    );
    if (created) return toReportDto(created);
    // Another cadre created it a moment ago: show theirs.
    throw conflict(toReportDto((await findReport(db, input)) as Report));
  }
  if (!current) throw notFound({ vi: 'Không tìm thấy báo cáo', en: 'Report not found' });
  if (current.version !== input.version) throw conflict(toReportDto(current));
  if (current.status === 'approved') throw reportLocked();
  const after: Report = {
    ...current,
    ...fields,
    links: input.links,
    status: 'draft',
    version: current.version + 1,
    updated_at: now,
  };
  const updated = await writeWithAudit(
    db,
    (q) =>
      q
        .updateTable('reports')
        .set({
          ...fields,
          links: JSON.stringify(input.links),
          status: 'draft',
          version: after.version,
          updated_at: now,
        })
        .where('id', '=', current.id)
        .where('version', '=', current.version)
        .where('status', '<>', 'approved')
        .returningAll(),
    reportEvent(actor, 'report.update', current, after),
  );
  if (updated) return toReportDto(updated);
  const latest = (await findReport(db, input)) as Report;
  throw latest.status === 'approved' && latest.version === current.version
    ? reportLocked()
    : conflict(toReportDto(latest));
}

function reportEvent(actor: SessionUser, action: string, before: Report | null, after: Report) {
  return prepareAuditEvent({
    actorId: actor.id,
    action,
    entity: 'report',
    entityId: after.id,
    unitId: after.unit_id,
    before: before && toReportDto(before),
    after: toReportDto(after),
  });
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
