// The plan: as in force on a date (plan 48 plus its amendments), its amendments, and
// recording, previewing and withdrawing amendments (administrators, decision 15).
import { PLAN, ZId, ZIsoDate, ZPlanAmendmentInput, ZVersion } from '@lantoa/domain';
import { z } from 'zod';
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
      const inForce = await loadPlanInForce(ctx.db, asOf);
      return { asOf, plan: PLAN, indicators: inForce.indicators, deadlines: inForce.deadlines };
    }),
  // The caller's province's plan (Central: plan 48, until it picks a province).
  amendments: procedureFor('plan.readAmendments').query(async ({ ctx }) =>
    listPlanAmendments(ctx.db, ctx.today, await planIdOf(ctx.db, ctx.scope.provinceId)),
  ),
  previewAmendment: procedureFor('plan.amend')
    .input(ZPlanAmendmentInput)
    .query(({ ctx, input }) =>
      previewPlanAmendment(ctx.db, ctx.readable, input, ctx.scope.provinceId),
    ),
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
