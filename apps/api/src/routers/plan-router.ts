// The plan itself: indicators and deadlines, straight from the domain package.
import { INDICATORS, PLAN, REPORTING_DEADLINES } from '@lantoa/domain';
import { publicProcedure, router } from '../trpc.js';

export const planRouter = router({
  get: publicProcedure.query(() => ({
    plan: PLAN,
    indicators: INDICATORS,
    deadlines: REPORTING_DEADLINES,
  })),
});
