// Compliance, computed by the domain package from the facts in the database.
import { ZDeadlineSubmissionInput, ZId, ZIndicatorCode, ZIsoDate } from '@lantoa/domain';
import { z } from 'zod';
import { relationTo } from '../access/authorize.js';
import { getMatrix } from '../services/get-matrix.js';
import { getNationalOverview } from '../services/get-national-overview.js';
import { getUnitDetail } from '../services/get-unit-detail.js';
import { type DeadlineKey, pageDeadlines } from '../services/page-deadlines.js';
import { cursorOf, ZIdKey, ZPageLimit } from '../services/paging/page-cursor.js';
import { recordDeadlineSubmission } from '../services/record-deadline-submission.js';
import { asOfFor } from '../services/view-date.js';
import { procedureFor, router } from '../trpc.js';

const ZSubtreeQuery = z.object({
  rootId: ZId.optional(),
  asOf: ZIsoDate.optional(),
  year: z.number().int().min(2022).max(2030).optional(),
});

/** One level of the matrix: a page of the root's children, after the cursor's child. */
const ZMatrixQuery = ZSubtreeQuery.extend({
  cursor: cursorOf(z.tuple([z.string().max(200), ZId])).optional(),
  limit: ZPageLimit,
});

/** What is due, a page at a time, optionally of one unit or one indicator. */
const ZDeadlinesQuery = ZSubtreeQuery.extend({
  horizonDays: z.number().int().min(1).max(366).default(30),
  unitId: ZId.optional(),
  indicator: ZIndicatorCode.optional(),
  cursor: cursorOf(
    z.tuple([
      z.union([z.literal(0), z.literal(1)]),
      ZIsoDate,
      z.string().max(200),
      ZIdKey,
      z.string().max(100),
      z.string().max(40),
    ]),
  ).optional(),
  limit: ZPageLimit,
});

export const complianceRouter = router({
  matrix: procedureFor('unit.read')
    .input(ZMatrixQuery.optional())
    .query(({ ctx, input }) =>
      getMatrix(ctx.db, ctx.readable, ctx.scope.homeUnitId, {
        rootId: input?.rootId,
        year: input?.year,
        after: input?.cursor,
        limit: input?.limit ?? 50,
        asOf: asOfFor(input, ctx.today),
      }),
    ),
  /** The level above the provinces: every province the caller may read, with roll-ups. */
  overview: procedureFor('unit.read')
    .input(ZMatrixQuery.omit({ rootId: true }).optional())
    .query(({ ctx, input }) =>
      getNationalOverview(ctx.db, ctx.readable, ctx.provinceTallies, {
        year: input?.year,
        after: input?.cursor,
        limit: input?.limit ?? 50,
        asOf: asOfFor(input, ctx.today),
      }),
    ),
  unit: procedureFor('unit.read')
    .input(z.object({ unitId: ZId, asOf: ZIsoDate.optional() }))
    .query(async ({ ctx, input }) => {
      const detail = await getUnitDetail(
        ctx.db,
        ctx.readable,
        input.unitId,
        input.asOf ?? ctx.today,
      );
      // The unit's relation to the caller: the admin app asks the policy what to show by it.
      return { ...detail, relation: await relationTo(ctx.db, ctx.scope, input.unitId) };
    }),
  deadlines: procedureFor('unit.read')
    .input(ZDeadlinesQuery.optional())
    .query(({ ctx, input }) =>
      pageDeadlines(ctx.db, ctx.readable, ctx.scope.homeUnitId, {
        rootId: input?.rootId,
        year: input?.year,
        horizonDays: input?.horizonDays ?? 30,
        unitId: input?.unitId,
        indicator: input?.indicator,
        after: input?.cursor as DeadlineKey | undefined,
        limit: input?.limit ?? 50,
        asOf: asOfFor(input, ctx.today),
      }),
    ),
  submitDeadline: procedureFor('unit.editData')
    .input(ZDeadlineSubmissionInput)
    .mutation(({ ctx, input }) => recordDeadlineSubmission(ctx.db, ctx.user, ctx.scope, input)),
});
