// The whole tRPC API. The admin app imports only the AppRouter type from here.
import { router } from '../trpc.js';
import { ambassadorsRouter } from './ambassadors-router.js';
import { auditRouter } from './audit-router.js';
import { complianceRouter } from './compliance-router.js';
import { planRouter } from './plan-router.js';
import { recordsRouter } from './records-router.js';
import { reorganisationsRouter } from './reorganisations-router.js';
import { reportsRouter } from './reports-router.js';
import { storiesRouter } from './stories-router.js';
import { unitsRouter } from './units-router.js';
import { usersRouter } from './users-router.js';

export const appRouter = router({
  plan: planRouter,
  units: unitsRouter,
  reorganisations: reorganisationsRouter,
  users: usersRouter,
  reports: reportsRouter,
  compliance: complianceRouter,
  audit: auditRouter,
  records: recordsRouter,
  stories: storiesRouter,
  ambassadors: ambassadorsRouter,
});

export type AppRouter = typeof appRouter;
