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
  return (await adoptedPlanIdOf(db, unitId)) ?? BASE_PLAN.id;
}

/** The plan the unit's province runs by adoption (its own or a merged province's), or null:
 *  a province without one is judged by plan 48 but owns no plan (decision 32). */
export async function adoptedPlanIdOf(
  db: Kysely<Database>,
  unitId: string,
): Promise<string | null> {
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
  return row?.plan_id ?? null;
}

/** `planIdOf` for many units at once (the national overview's provinces): one query. */
export async function planIdsOf(
  db: Kysely<Database>,
  unitIds: readonly string[],
): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const { rows } = await sql<{ unit_id: string; plan_id: string | null }>`
    SELECT t.unit_id, (
      SELECT a.plan_id FROM plan_adoptions a
      JOIN unit_tenants pt ON pt.unit_id = a.province_id
      WHERE pt.tenant_id = t.tenant_id
      ORDER BY a.province_id = pt.tenant_id DESC, a.adopted_on DESC
      LIMIT 1
    ) AS plan_id
    FROM unit_tenants t WHERE t.unit_id = ANY(${[...unitIds]}::uuid[])`.execute(db);
  const planOf = new Map(rows.map((r) => [r.unit_id, r.plan_id ?? BASE_PLAN.id]));
  return new Map(unitIds.map((id) => [id, planOf.get(id) ?? BASE_PLAN.id]));
}

/** The plan in force on `date` for `unitId`'s province (none given: plan 48). */
export async function loadPlanInForce(
  db: Kysely<Database>,
  date: IsoDate,
  unitId?: string,
): Promise<PlanDefinition> {
  return loadPlanById(db, await planIdOf(db, unitId), date);
}

/** Plan `planId` (plan 48 or a province's template copy) as amended in force on `date`. */
export async function loadPlanById(
  db: Kysely<Database>,
  planId: string,
  date: IsoDate,
): Promise<PlanDefinition> {
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
