// A unit records that it met one of the plan's reporting deadlines (its own plan, a year's
// report). Once recorded, the deadline leaves the unit's overdue list.
import { msg, REPORTING_DEADLINES, type UnitKind } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { authorize } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';

export interface DeadlineSubmissionInput {
  unitId: string;
  deadlineId: string;
  submittedOn: string;
  link: string | null;
  note: string;
}

export async function recordDeadlineSubmission(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: DeadlineSubmissionInput,
) {
  await authorize(db, scope, { action: 'unit.editData', unitId: input.unitId });
  const deadline = REPORTING_DEADLINES.find((d) => d.id === input.deadlineId);
  const unit = await db
    .selectFrom('units')
    .select('kind')
    .where('id', '=', input.unitId)
    .executeTakeFirst();
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
