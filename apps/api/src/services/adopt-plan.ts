// A province without a plan adopts a copy of a template plan (decision 20): its own plan
// number, the template it copies and the day from which it runs it. Its later changes are
// amendments of that copy, recorded through the amendment flow. Audited in the same
// transaction; a province that already runs a plan (its own, or one it took over in a
// merger) is refused.
import type { AdoptPlanInput, IsoDate } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { AppError, badRequest } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';

export interface Adoption {
  provinceId: string;
  planId: string;
  templatePlanId: string | null;
  adoptedOn: IsoDate;
  /** The adoption is another province's, merged into this one (Kiên Giang's for An Giang). */
  isInherited: boolean;
}

/** The adoption the province runs: its own, else that of a province merged into it. */
export async function adoptionOf(
  db: Kysely<Database>,
  provinceId: string,
): Promise<Adoption | null> {
  const row = await db
    .selectFrom('plan_adoptions as a')
    .innerJoin('unit_tenants as pt', 'pt.unit_id', 'a.province_id')
    .select(['a.province_id', 'a.plan_id', 'a.template_plan_id', 'a.adopted_on'])
    .where('pt.tenant_id', '=', provinceId)
    .orderBy(sql`a.province_id = pt.tenant_id`, 'desc')
    .orderBy('a.adopted_on', 'desc')
    .executeTakeFirst();
  if (!row) return null;
  return {
    provinceId: row.province_id,
    planId: row.plan_id,
    templatePlanId: row.template_plan_id,
    adoptedOn: row.adopted_on,
    isInherited: row.province_id !== provinceId,
  };
}

const ALREADY = {
  vi: 'Tỉnh đã có kế hoạch; hãy sửa đổi kế hoạch đó bằng văn bản sửa đổi',
  en: 'The province already runs a plan; amend it with an amendment',
};
const NUMBER_TAKEN = {
  vi: 'Số kế hoạch này đã được một tỉnh khác dùng',
  en: 'Another province already uses this plan number',
};

export async function adoptPlan(
  db: Kysely<Database>,
  actor: SessionUser,
  provinceId: string,
  input: AdoptPlanInput,
): Promise<Adoption> {
  return db.transaction().execute(async (trx) => {
    // Serialises adoptions of one province: the second of two at once finds the first.
    await trx.selectFrom('units').select('id').where('id', '=', provinceId).forUpdate().execute();
    if (await adoptionOf(trx, provinceId)) throw new AppError('CONFLICT', ALREADY);
    const taken = await trx
      .selectFrom('plan_adoptions')
      .select('plan_id')
      .where('plan_id', '=', input.planId)
      .executeTakeFirst();
    if (taken) throw badRequest(NUMBER_TAKEN, { fieldErrors: { planId: [NUMBER_TAKEN.vi] } });
    await trx
      .insertInto('plan_adoptions')
      .values({
        province_id: provinceId,
        plan_id: input.planId,
        template_plan_id: input.templatePlanId,
        adopted_on: input.adoptedOn,
      })
      .execute();
    const adoption: Adoption = {
      provinceId,
      planId: input.planId,
      templatePlanId: input.templatePlanId,
      adoptedOn: input.adoptedOn,
      isInherited: false,
    };
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'plan.adopt',
      entity: 'plan_adoption',
      entityId: provinceId,
      unitId: provinceId,
      after: adoption,
    });
    return adoption;
  });
}
