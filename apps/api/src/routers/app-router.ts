// The whole tRPC API. The admin app imports only the AppRouter type from here.
import { router } from '../trpc.js';
import { accountRouter } from './account-router.js';
import { ambassadorsRouter } from './ambassadors-router.js';
import { appealsRouter } from './appeals-router.js';
import { auditRouter } from './audit-router.js';
import { complianceRouter } from './compliance-router.js';
import { facebookRouter } from './facebook-router.js';
import { noticesRouter } from './notices-router.js';
import { officialReportsRouter } from './official-reports-router.js';
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
  facebook: facebookRouter,
  stories: storiesRouter,
  ambassadors: ambassadorsRouter,
  appeals: appealsRouter,
  officialReports: officialReportsRouter,
  notices: noticesRouter,
  account: accountRouter,
});

export type AppRouter = typeof appRouter;
