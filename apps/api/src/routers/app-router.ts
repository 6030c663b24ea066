// The whole tRPC API. The admin app imports only the AppRouter type from here.
import { router } from '../trpc.js';
import { auditRouter } from './audit-router.js';
import { complianceRouter } from './compliance-router.js';
import { planRouter } from './plan-router.js';
import { reportsRouter } from './reports-router.js';
import { unitsRouter } from './units-router.js';
import { usersRouter } from './users-router.js';

export const appRouter = router({
  plan: planRouter,
  units: unitsRouter,
  users: usersRouter,
  reports: reportsRouter,
  compliance: complianceRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
