// A unit records that it met one of the plan's reporting deadlines (its own plan, a year's
// report). Once recorded, the deadline leaves the unit's overdue list.
import { type DeadlineSubmissionInput, msg, type UnitKind } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { authorize } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { loadPlanInForce } from './load-plan-in-force.js';

export async function recordDeadlineSubmission(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: DeadlineSubmissionInput,
) {
  await authorize(db, scope, { action: 'unit.editData', unitId: input.unitId });
  // The deadlines of the plan the unit's province adopted, as in force on the day it was
  // sent: after the 2025 amendment a commune-level chapter owes the yearly reports the
  // districts owed before.
  const [plan, unit] = await Promise.all([
    loadPlanInForce(db, input.submittedOn, input.unitId),
    db.selectFrom('units').select('kind').where('id', '=', input.unitId).executeTakeFirst(),
  ]);
  const deadline = plan.deadlines.find((d) => d.id === input.deadlineId);
  if (!deadline || !unit || !deadline.appliesTo.includes(unit.kind as UnitKind)) {
    throw badRequest(
      {
        vi: 'Hạn báo cáo này không áp dụng cho đơn vị',
        en: 'This deadline does not apply to the unit',
      },
      { fieldErrors: { deadlineId: [msg('deadlineNotApplicable')] } },
    );
  }
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('deadline_submissions')
      .values({
        unit_id: input.unitId,
        deadline_id: input.deadlineId,
        submitted_on: input.submittedOn,
        link: input.link,
        note: input.note,
        created_by: actor.id,
      })
      .onConflict((oc) =>
        oc.columns(['unit_id', 'deadline_id']).doUpdateSet((eb) => ({
          submitted_on: input.submittedOn,
          link: input.link,
          note: input.note,
          version: eb('deadline_submissions.version', '+', 1),
          updated_at: new Date(),
        })),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'deadline.submit',
      entity: 'record',
      entityId: row.id,
      unitId: row.unit_id,
      after: row,
    });
    return row;
  });
}
