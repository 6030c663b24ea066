import { createFileRoute } from '@tanstack/react-router';
import { DashboardPage } from '../../features/dashboard/dashboard-page';
import { dashboardDeadlines } from '../../features/dashboard/deadline-pages';
import { matrixPages } from '../../features/dashboard/matrix-pages';
import { defaultYear, searchParams, zId, zYear } from '../../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({ year: zYear, root: zId });

export const Route = createFileRoute('/_app/')({
  validateSearch: searchOf,
  loaderDeps: ({ search }) => ({
    year: search.year ?? defaultYear(search.asOf),
    rootId: search.root,
    asOf: search.asOf,
  }),
  loader: async ({ context: { queryClient, trpc }, deps }) => {
    await Promise.all([
      queryClient.ensureInfiniteQueryData(matrixPages(trpc, deps)),
      queryClient.ensureQueryData(
        dashboardDeadlines(trpc, { rootId: deps.rootId, asOf: deps.asOf }),
      ),
    ]);
  },
  component: DashboardPage,
});
