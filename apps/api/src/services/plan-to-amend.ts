// Whose plan an amendment changes, decided in one place (decision 32): the plan the caller's
// province runs by adoption, as the domain policy allows it. Never plan 48 by default: a
// province without an adoption is judged by plan 48, but plan 48 is the plan of the province
// that adopted it, so amending it from elsewhere would write into another province.
import { decide, NO_ADOPTED_PLAN } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { AppError, forbidden } from '../errors.js';
import { adoptedPlanIdOf } from './load-plan-in-force.js';

/** The id of the plan `actor` may amend (record, preview, withdraw), or the refusal. */
export async function planToAmend(db: Kysely<Database>, actor: SessionUser): Promise<string> {
  const planId = await adoptedPlanIdOf(db, actor.unitId);
  const decision = decide({
    role: actor.role,
    action: 'plan.amend',
    hasAdoptedPlan: planId !== null,
  });
  if (decision.allowed && planId !== null) return planId;
  if (!decision.allowed && decision.reason === 'no-plan')
    throw new AppError('FORBIDDEN', NO_ADOPTED_PLAN);
  throw forbidden();
}
