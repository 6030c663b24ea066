// The plan every compliance view judges by: the plan the unit's province adopted (plan
// 48/KH-CTĐKG, or a template copy of it, decision 20) plus the amendments in force on the
// view's date (decision 15). Small indexed reads per call.
import { BASE_PLAN, type IsoDate, type PlanDefinition, planInForce } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import { toPlanAmendment } from './plan-amendment-dto.js';

/** The plan adopted by the unit's province, or by a province merged into it (Kiên Giang's
 *  plan 48 is An Giang's after 01/07/2025); plan 48 when the province adopted none. */
export async function planIdOf(db: Kysely<Database>, unitId?: string): Promise<string> {
  if (!unitId) return BASE_PLAN.id;
  const row = await db
    .selectFrom('plan_adoptions as a')
    .innerJoin('unit_tenants as pt', 'pt.unit_id', 'a.province_id')
    .select('a.plan_id')
    .where(
      'pt.tenant_id',
      '=',
      sql<string>`(SELECT tenant_id FROM unit_tenants WHERE unit_id = ${unitId}::uuid)`,
    )
    .orderBy(sql`a.province_id = pt.tenant_id`, 'desc')
    .orderBy('a.adopted_on', 'desc')
    .executeTakeFirst();
  return row?.plan_id ?? BASE_PLAN.id;
}

/** The plan in force on `date` for `unitId`'s province (none given: plan 48). */
export async function loadPlanInForce(
  db: Kysely<Database>,
  date: IsoDate,
  unitId?: string,
): Promise<PlanDefinition> {
  const planId = await planIdOf(db, unitId);
  const rows = await db
    .selectFrom('plan_amendments')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('withdrawn_at', 'is', null)
    .where('effective_on', '<=', date)
    .execute();
  // A template copy starts from plan 48's text under its own id, then has its own amendments.
  const base = planId === BASE_PLAN.id ? BASE_PLAN : { ...BASE_PLAN, id: planId };
  return planInForce(base, rows.map(toPlanAmendment), date);
}
