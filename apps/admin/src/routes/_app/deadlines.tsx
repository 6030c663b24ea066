import { createFileRoute } from '@tanstack/react-router';
import { DeadlinesPage } from '../../features/dashboard/deadlines-page';
import { z, zId, zIndicator } from '../../lib/search';

export const Route = createFileRoute('/_app/deadlines')({
  validateSearch: z.object({ root: zId, unit: zId, indicator: zIndicator }),
  loaderDeps: ({ search }) => ({ rootId: search.root, asOf: search.asOf }),
  loader: ({ context: { queryClient, trpc }, deps }) =>
    queryClient.ensureQueryData(
      trpc.compliance.deadlines.queryOptions({ ...deps, horizonDays: 60 }),
    ),
  component: DeadlinesPage,
});
