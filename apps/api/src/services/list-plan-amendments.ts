// Every amendment of the plan, withdrawn ones included, in the order they take effect.
import { BASE_PLAN, type IsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { toPlanAmendmentDto } from './plan-amendment-dto.js';

export async function listPlanAmendments(
  db: Kysely<Database>,
  today: IsoDate,
  planId: string = BASE_PLAN.id,
) {
  const rows = await db
    .selectFrom('plan_amendments')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('effective_on')
    .orderBy('created_at')
    .execute();
  return rows.map((row) => toPlanAmendmentDto(row, today));
}
