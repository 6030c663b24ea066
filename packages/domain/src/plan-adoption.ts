// A province adopts a plan (decision 20): a copy of a template plan under its own number,
// from a date; it then amends its copy like any plan. The templates are the plan
// definitions this package carries (plan 48/KH-CTĐKG as issued).
import { z } from 'zod';
import { BASE_PLAN, type PlanDefinition } from './plan-definition.js';
import { ZSafeLine } from './safe-text.js';
import { msg } from './schema-messages.js';
import { ZIsoDate } from './schemas.js';

export const PLAN_TEMPLATES: readonly PlanDefinition[] = [BASE_PLAN];
const TEMPLATE_IDS = PLAN_TEMPLATES.map((p) => p.id) as [string, ...string[]];

export const ZAdoptPlanInput = z.object({
  templatePlanId: z.enum(TEMPLATE_IDS, { error: msg('choice') }),
  /** The province's own plan number, e.g. "12/KH-CTĐ". */
  planId: ZSafeLine.trim()
    .min(1, msg('planIdRequired'))
    .max(100, msg('textLong'))
    // A copy has its own number: taking a template's would share the template's amendments.
    .refine((id) => !TEMPLATE_IDS.includes(id), msg('planIdTaken')),
  adoptedOn: ZIsoDate,
});
export type AdoptPlanInput = z.output<typeof ZAdoptPlanInput>;
