// A cadre creates or edits the report for (unit, indicator, period). Edits name the
// version they change: a stale version gets CONFLICT with the current row, never a silent
// overwrite. Approved reports are locked until a reviewer reopens them.
import type { SaveReportInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database, NewReport } from '../db/schema.js';
import { AppError, conflict, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { assertCanEditUnitData, type Scope } from './get-scope.js';
import { type ReportDto, toReportDto } from './report-dto.js';

type ReportFields = Pick<NewReport, 'claims_met' | 'value' | 'note' | 'links' | 'updated_by'>;

export const reportLocked = () =>
  new AppError('CONFLICT', {
    vi: 'Báo cáo đã được duyệt và đang khóa. Liên hệ người duyệt để mở lại',
    en: 'This report is approved and locked. Ask a reviewer to reopen it',
  });

export async function saveReport(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: SaveReportInput,
): Promise<ReportDto> {
  assertCanEditUnitData(actor, scope, input.unitId);
  const fields: ReportFields = {
    claims_met: input.claimsMet,
    value: input.value ?? null,
    note: input.note,
    links: JSON.stringify(input.links),
    updated_by: actor.id,
  };
  try {
    return await db.transaction().execute((trx) => writeReport(trx, actor, input, fields));
  } catch (error) {
    // Two cadres creating the same report at once: the loser sees the winner's row.
    if ((error as { code?: string }).code !== '23505') throw error;
    const winner = await db
      .selectFrom('reports')
      .selectAll()
      .where('unit_id', '=', input.unitId)
      .where('indicator', '=', input.indicator)
      .where('period_key', '=', input.periodKey)
      .executeTakeFirstOrThrow();
    throw conflict(toReportDto(winner));
  }
}

async function writeReport(
  trx: Kysely<Database>,
  actor: SessionUser,
  input: SaveReportInput,
  fields: ReportFields,
): Promise<ReportDto> {
  {
    const current = await trx
      .selectFrom('reports')
      .selectAll()
      .where('unit_id', '=', input.unitId)
      .where('indicator', '=', input.indicator)
      .where('period_key', '=', input.periodKey)
      .forUpdate()
      .executeTakeFirst();
    if (input.version === null) {
      if (current) throw conflict(toReportDto(current));
      const created = await trx
        .insertInto('reports')
        .values({
          ...fields,
          unit_id: input.unitId,
          indicator: input.indicator,
          period_key: input.periodKey,
          status: 'draft',
          created_by: actor.id,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, actor, 'report.create', null, created);
      return toReportDto(created);
    }
    if (!current) throw notFound({ vi: 'Không tìm thấy báo cáo', en: 'Report not found' });
    if (current.version !== input.version) throw conflict(toReportDto(current));
    if (current.status === 'approved') throw reportLocked();
    const updated = await trx
      .updateTable('reports')
      .set((eb) => ({
        ...fields,
        status: 'draft',
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, actor, 'report.update', current, updated);
    return toReportDto(updated);
  }
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
