// A cadre creates or edits the report for (unit, indicator, period). Edits name the
// version they change: a stale version gets CONFLICT with the current row, never a silent
// overwrite. Approved reports are locked until a reviewer reopens them.
//
// The hottest write in the app, so a save is ONE prepared statement (data-modifying CTEs
// commit together): the session lookup, the role and scope checks, the versioned write and
// its audit event, whose before/after PostgreSQL builds from the rows themselves. Only when
// that statement writes nothing do further queries find out why (decision 7). Before it,
// the plan in force for the unit's province is asked whether it takes the indicator.
import { randomUUID } from 'node:crypto';
import {
  type AuditAction,
  can,
  type IsoDate,
  reportPlanProblem,
  type SaveReportInput,
} from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import { rolesGranted, unitInScope } from '../access/unit-scope.js';
import {
  findSessionUser,
  isPlausibleToken,
  liveSessionUser,
  type SessionOfRequest,
  type SessionUser,
  TOUCH_EVERY_MS,
} from '../auth/sessions.js';
import { PREPARED } from '../db/prepared-statements.js';
import type { Database, Report } from '../db/schema.js';
import { AppError, badRequest, conflict, notFound, unauthorized } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { loadPlanInForce } from './load-plan-in-force.js';
import { REPORT_NOT_FOUND } from './load-report-for-update.js';
import { loadReportTarget } from './load-report-target.js';
import { type ReportDto, reportDtoJson, toReportDto } from './report-dto.js';

export const reportLocked = () =>
  new AppError('CONFLICT', {
    vi: 'Báo cáo đã được duyệt và đang khóa. Liên hệ người duyệt để mở lại',
    en: 'This report is approved and locked. Ask a reviewer to reopen it',
  });

/** The signed-in writer (`me`), and the session's once-a-minute touch, as CTEs. */
const meAndTouch = (session: SessionOfRequest & { token: string }, now: Date) => sql`
  me AS (
    SELECT * FROM (${liveSessionUser(session.token, session.policy, now)}) live
    WHERE live.role IN (${rolesGranted('report.save')})
  ), touch AS (
    UPDATE sessions SET last_seen_at = ${now}
    WHERE id = (SELECT "sessionId" FROM me WHERE last_seen_at < ${new Date(now.getTime() - TOUCH_EVERY_MS)})
  )`;

/** The policy's report.save for `me` on the unit `target` (and the report's status). */
const mayISave = (target: string, today: IsoDate, status?: string) =>
  unitInScope(
    'report.save',
    { role: sql`me.role`, unitId: sql`me."unitId"` },
    sql.raw(target),
    today,
    status ? sql.raw(status) : undefined,
  );

/** The audit event of the write `w` and its place in the sealer's queue, as CTEs of the
 *  same statement (append-audit-event.ts does the same for every other write). */
const auditOfWrite = (action: string, at: Date, before: 'old' | null) => sql`
  ev AS (
    INSERT INTO audit_event (at, actor_id, action, entity, entity_id, unit_id, before, after)
    SELECT ${at}::timestamptz, me.id, ${action}, 'report', w.id::text, w.unit_id,
      ${before ? reportDtoJson(before) : sql`NULL::jsonb`}, ${reportDtoJson('w')}
    FROM w CROSS JOIN me ${before ? sql.raw(`JOIN ${before} ON ${before}.id = w.id`) : sql``}
    RETURNING seq
  ), queued AS (INSERT INTO audit_pending (seq) SELECT seq FROM ev)`;

type Write = (
  db: Kysely<Database>,
  session: SessionOfRequest & { token: string },
  input: SaveReportInput,
  today: IsoDate,
  now: Date,
) => Promise<{ rows: Report[] }>;

const createReport: Write = (db, session, input, today, now) =>
  sql<Report>`${PREPARED}
    WITH ${meAndTouch(session, now)}, target AS (
      SELECT u.id FROM units u CROSS JOIN me
      WHERE u.id = ${input.unitId} AND ${mayISave('u.id', today)}
    ), w AS (
      INSERT INTO reports (id, unit_id, indicator, period_key, status, claims_met, value, note,
        links, created_by, updated_by, version, created_at, updated_at, save_key)
      SELECT ${randomUUID()}::uuid, target.id, ${input.indicator}::text, ${input.periodKey}::text,
        'draft', ${input.claimsMet}::boolean, ${input.value ?? null}::double precision,
        ${input.note}::text, ${JSON.stringify(input.links)}::jsonb, me.id, me.id, 1,
        ${now}::timestamptz, ${now}::timestamptz, ${input.saveKey ?? null}::uuid
      FROM target CROSS JOIN me
      ON CONFLICT (unit_id, indicator, period_key) DO NOTHING
      RETURNING *
    ), ${auditOfWrite('report.create', now, null)}
    SELECT * FROM w`.execute(db);

/** The version check is in the write's own WHERE, re-checked by PostgreSQL under the row
 *  lock: a concurrent edit makes this one match nothing, and write no event. */
const updateReport: Write = (db, session, input, today, now) =>
  sql<Report>`${PREPARED}
    WITH ${meAndTouch(session, now)}, old AS (
      SELECT r.* FROM reports r CROSS JOIN me
      WHERE r.unit_id = ${input.unitId} AND r.indicator = ${input.indicator}
        AND r.period_key = ${input.periodKey} AND r.version = ${input.version}
        AND ${mayISave('r.unit_id', today, 'r.status')}
    ), w AS (
      -- By primary key, written as a scalar subquery so that the plan stays an index lookup
      -- whatever the table's statistics say (a join to "old" was planned as a table scan).
      UPDATE reports r SET claims_met = ${input.claimsMet}, value = ${input.value ?? null},
        note = ${input.note}, links = ${JSON.stringify(input.links)}::jsonb, status = 'draft',
        version = r.version + 1, updated_by = (SELECT id FROM me), updated_at = ${now},
        save_key = ${input.saveKey ?? null}::uuid
      WHERE r.id = (SELECT id FROM old) AND r.version = ${input.version}
      RETURNING r.*
    ), ${auditOfWrite('report.update', now, 'old')}
    SELECT * FROM w`.execute(db);

/**
 * Saves the report in one statement that also authenticates the session, checks the role
 * and the unit scope, and appends the audit event. Only when it writes nothing do further
 * queries find out why: no session (UNAUTHORIZED), a role that does not write (FORBIDDEN),
 * out of scope (NOT_FOUND), a stale version (CONFLICT with the current row), locked, or
 * a retry of a save that already wrote (answered with its row, decision 24).
 */
export async function saveReport(
  db: Kysely<Database>,
  session: SessionOfRequest,
  input: SaveReportInput,
  today: IsoDate,
  now = new Date(),
): Promise<ReportDto> {
  const { token } = session;
  // The indicator and period must be the plan's in force today for the unit's province
  // (an amendment may have added or retired it). A unit out of reach is judged by plan 48
  // and then refused by the statement below as NOT_FOUND: nothing of it is learnt here.
  const problem = reportPlanProblem(await loadPlanInForce(db, today, input.unitId), input, today);
  if (problem) {
    throw badRequest(problem.message, { fieldErrors: { [problem.field]: [problem.message.vi] } });
  }
  if (isPlausibleToken(token)) {
    const write = input.version === null ? createReport : updateReport;
    const { rows } = await write(db, { ...session, token }, input, today, now);
    if (rows[0]) return toReportDto(rows[0]);
  }
  const user = await findSessionUser(db, token, session.policy, now);
  if (!user) throw unauthorized();
  // A role that does not write reports is refused (FORBIDDEN) by loadReportTarget.
  const why = await whyNothingWasWritten(db, user, input, today);
  if (why instanceof AppError) throw why;
  return toReportDto(why);
}

/** Out of scope → NOT_FOUND (thrown); a retried save → the row it wrote; otherwise the
 *  error that says what is there now. */
async function whyNothingWasWritten(
  db: Kysely<Database>,
  actor: SessionUser,
  input: SaveReportInput,
  today: IsoDate,
): Promise<AppError | Report> {
  const current = await loadReportTarget(db, actor, input, today);
  if (!current) return notFound(REPORT_NOT_FOUND);
  // This very save already wrote the row (its answer was lost on the way): answer again.
  if (input.saveKey && current.save_key === input.saveKey && current.updated_by === actor.id)
    return current;
  const isLocked = !can({ role: actor.role, action: 'report.save', state: current.status });
  if (input.version !== null && current.version === input.version && isLocked)
    return reportLocked();
  // Someone else created it first, or edited it since the version this edit names.
  return conflict(toReportDto(current));
}

export async function audit(
  trx: Kysely<Database>,
  actor: SessionUser,
  action: AuditAction,
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
