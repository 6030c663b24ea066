// Compliance, computed by the domain package from the facts in the database.
import { ZDeadlineSubmissionInput, ZId, ZIsoDate } from '@lantoa/domain';
import { z } from 'zod';
import { relationTo } from '../access/authorize.js';
import { getDeadlines } from '../services/get-deadlines.js';
import { getMatrix } from '../services/get-matrix.js';
import { getUnitDetail } from '../services/get-unit-detail.js';
import { recordDeadlineSubmission } from '../services/record-deadline-submission.js';
import { procedureFor, router } from '../trpc.js';

const ZSubtreeQuery = z.object({
  rootId: ZId.optional(),
  asOf: ZIsoDate.optional(),
  year: z.number().int().min(2022).max(2030).optional(),
});

/**
 * "As of" for a year's view: a past year is seen as it stood on its last day (so the
 * progress chart shows each year's own figures); the current and future years as of today.
 */
function asOfFor(
  input: { asOf?: string | undefined; year?: number | undefined } | undefined,
  today: string,
) {
  if (input?.asOf) return input.asOf;
  const yearEnd = input?.year ? `${input.year}-12-31` : today;
  return yearEnd < today ? yearEnd : today;
}

export const complianceRouter = router({
  matrix: procedureFor('unit.read')
    .input(ZSubtreeQuery.optional())
    .query(({ ctx, input }) =>
      getMatrix(ctx.db, ctx.isVisible, ctx.scope.homeUnitId, {
        ...input,
        asOf: asOfFor(input, ctx.today),
      }),
    ),
  unit: procedureFor('unit.read')
    .input(z.object({ unitId: ZId, asOf: ZIsoDate.optional() }))
    .query(async ({ ctx, input }) => {
      const detail = await getUnitDetail(
        ctx.db,
        ctx.isVisible,
        input.unitId,
        input.asOf ?? ctx.today,
      );
      // The unit's relation to the caller: the admin app asks the policy what to show by it.
      return { ...detail, relation: await relationTo(ctx.db, ctx.scope, input.unitId) };
    }),
  deadlines: procedureFor('unit.read')
    .input(
      ZSubtreeQuery.extend({
        horizonDays: z.number().int().min(1).max(366).default(30),
      }).optional(),
    )
    .query(({ ctx, input }) =>
      getDeadlines(ctx.db, ctx.isVisible, ctx.scope.homeUnitId, {
        ...input,
        horizonDays: input?.horizonDays ?? 30,
        asOf: asOfFor(input, ctx.today),
      }),
    ),
  submitDeadline: procedureFor('unit.editData')
    .input(ZDeadlineSubmissionInput)
    .mutation(({ ctx, input }) => recordDeadlineSubmission(ctx.db, ctx.user, ctx.scope, input)),
});
