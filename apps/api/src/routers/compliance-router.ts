// Compliance, computed by the domain package from the facts in the database.
import { ZId, ZIsoDate } from '@lantoa/domain';
import { z } from 'zod';
import { getDeadlines } from '../services/get-deadlines.js';
import { getMatrix } from '../services/get-matrix.js';
import { getUnitDetail } from '../services/get-unit-detail.js';
import { router, scopedProcedure } from '../trpc.js';

const ZSubtreeQuery = z.object({
  rootId: ZId.optional(),
  asOf: ZIsoDate.optional(),
  year: z.number().int().min(2022).max(2030).optional(),
});

export const complianceRouter = router({
  matrix: scopedProcedure()
    .input(ZSubtreeQuery.optional())
    .query(({ ctx, input }) =>
      getMatrix(ctx.db, ctx.isVisible, ctx.scope.homeUnitId, {
        ...input,
        asOf: input?.asOf ?? ctx.today,
      }),
    ),
  unit: scopedProcedure()
    .input(z.object({ unitId: ZId, asOf: ZIsoDate.optional() }))
    .query(({ ctx, input }) =>
      getUnitDetail(ctx.db, ctx.isVisible, input.unitId, input.asOf ?? ctx.today),
    ),
  deadlines: scopedProcedure()
    .input(
      ZSubtreeQuery.extend({
        horizonDays: z.number().int().min(1).max(366).default(30),
      }).optional(),
    )
    .query(({ ctx, input }) =>
      getDeadlines(ctx.db, ctx.isVisible, ctx.scope.homeUnitId, {
        ...input,
        horizonDays: input?.horizonDays ?? 30,
        asOf: input?.asOf ?? ctx.today,
      }),
    ),
});
