import { createFileRoute } from '@tanstack/react-router';
import { DeadlinesPage } from '../../features/dashboard/deadlines-page';
import { searchParams, zId, zIndicator } from '../../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({ root: zId, unit: zId, indicator: zIndicator });

export const Route = createFileRoute('/_app/deadlines')({
  validateSearch: searchOf,
  loaderDeps: ({ search }) => ({ rootId: search.root, asOf: search.asOf }),
  loader: ({ context: { queryClient, trpc }, deps }) =>
    queryClient.ensureQueryData(
      trpc.compliance.deadlines.queryOptions({ ...deps, horizonDays: 60 }),
    ),
  component: DeadlinesPage,
});
