// The plan: as in force on a date (plan 48 plus its amendments), its amendments, and
// recording, previewing and withdrawing amendments (administrators, decision 15) of the
// plan their province adopted (decision 32); the province's adoption of a plan, a copy of a
// template (decision 20).
import {
  PLAN,
  PLAN_TEMPLATES,
  ZAdoptPlanInput,
  ZId,
  ZIsoDate,
  ZPlanAmendmentInput,
  ZVersion,
} from '@lantoa/domain';
import { z } from 'zod';
import { adoptionOf, adoptPlan } from '../services/adopt-plan.js';
import { listPlanAmendments } from '../services/list-plan-amendments.js';
import { loadPlanInForce, planIdOf } from '../services/load-plan-in-force.js';
import { previewPlanAmendment } from '../services/preview-plan-amendment.js';
import { recordPlanAmendment } from '../services/record-plan-amendment.js';
import { withdrawPlanAmendment } from '../services/withdraw-plan-amendment.js';
import { procedureFor, publicProcedureFor, router } from '../trpc.js';

export const planRouter = router({
  get: publicProcedureFor('plan.read')
    .input(z.object({ asOf: ZIsoDate.optional() }).optional())
    .query(async ({ ctx, input }) => {
      const asOf = input?.asOf ?? ctx.today;
      // Signed in: the plan of the user's province; else (the public plan page) plan 48.
      const inForce = await loadPlanInForce(ctx.db, asOf, ctx.user?.unitId);
      return {
        asOf,
        plan: { ...PLAN, id: inForce.id },
        indicators: inForce.indicators,
        deadlines: inForce.deadlines,
      };
    }),
  // The caller's province's plan (Central: plan 48, until it picks a province).
  amendments: procedureFor('plan.readAmendments').query(async ({ ctx }) =>
    listPlanAmendments(ctx.db, ctx.today, await planIdOf(ctx.db, ctx.scope.provinceId)),
  ),
  // Which plan the caller's province runs, and the templates a province without one copies.
  adoption: procedureFor('plan.readAmendments').query(async ({ ctx }) => ({
    adoption: await adoptionOf(ctx.db, ctx.scope.provinceId),
    templates: PLAN_TEMPLATES.map((p) => ({ id: p.id, title: p.title, issuedOn: p.issuedOn })),
  })),
  adopt: procedureFor('plan.adopt')
    .input(ZAdoptPlanInput)
    .mutation(async ({ ctx, input }) => {
      const adoption = await adoptPlan(ctx.db, ctx.user, ctx.scope.provinceId, input);
      // The province's units are judged by its copy from now on: public answers are stale.
      ctx.onFactsChanged([]);
      return adoption;
    }),
  previewAmendment: procedureFor('plan.amend')
    .input(ZPlanAmendmentInput)
    .query(({ ctx, input }) => previewPlanAmendment(ctx.db, ctx.user, ctx.readable, input)),
  recordAmendment: procedureFor('plan.amend')
    .input(ZPlanAmendmentInput)
    .mutation(async ({ ctx, input }) => {
      const amendment = await recordPlanAmendment(ctx.db, ctx.user, input, { today: ctx.today });
      // Any unit's indicators may change: every public answer is stale.
      ctx.onFactsChanged([]);
      return amendment;
    }),
  withdrawAmendment: procedureFor('plan.amend')
    .input(z.object({ id: ZId, version: ZVersion }))
    .mutation(async ({ ctx, input }) => {
      const amendment = await withdrawPlanAmendment(ctx.db, ctx.user, input, ctx.today);
      ctx.onFactsChanged([]);
      return amendment;
    }),
});
