// Administrators record an amendment of their province's adopted plan (decision 32):
// checked against that plan in force on its date, stored with its legal basis, audited in
// the same transaction.
import { amendmentProblems, type IsoDate, type PlanAmendmentInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { loadPlanById } from './load-plan-in-force.js';
import { toPlanAmendmentDto } from './plan-amendment-dto.js';
import { planToAmend } from './plan-to-amend.js';

export async function recordPlanAmendment(
  db: Kysely<Database>,
  actor: SessionUser,
  input: PlanAmendmentInput,
  options: { today: IsoDate; isSample?: boolean },
) {
  return db.transaction().execute(async (trx) => {
    const planId = await planToAmend(trx, actor);
    const before = await loadPlanById(trx, planId, input.effectiveOn);
    const problems = amendmentProblems(before, input);
    if (problems.length > 0) {
      throw badRequest(problems[0] as { vi: string; en: string }, {
        problems,
        fieldErrors: { changes: problems.map((p) => p.vi) },
      });
    }
    const row = await trx
      .insertInto('plan_amendments')
      .values({
        plan_id: planId,
        effective_on: input.effectiveOn,
        legal_number: input.legalBasis.number,
        legal_issued_on: input.legalBasis.issuedOn,
        legal_issuer: input.legalBasis.issuer,
        summary: input.summary,
        changes: JSON.stringify(input.changes),
        is_sample: options.isSample ?? false,
        created_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const dto = toPlanAmendmentDto(row, options.today);
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'plan.amend',
      entity: 'plan_amendment',
      entityId: row.id,
      after: dto,
    });
    return dto;
  });
}
