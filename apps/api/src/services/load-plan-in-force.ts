// The plan every compliance view judges by: plan 48 as issued plus the amendments in force
// on the view's date (decision 15). One small indexed read per call.
import { BASE_PLAN, type IsoDate, type PlanDefinition, planInForce } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { toPlanAmendment } from './plan-amendment-dto.js';

export async function loadPlanInForce(
  db: Kysely<Database>,
  date: IsoDate,
): Promise<PlanDefinition> {
  const rows = await db
    .selectFrom('plan_amendments')
    .selectAll()
    .where('plan_id', '=', BASE_PLAN.id)
    .where('withdrawn_at', 'is', null)
    .where('effective_on', '<=', date)
    .execute();
  return planInForce(BASE_PLAN, rows.map(toPlanAmendment), date);
}
