import { createFileRoute } from '@tanstack/react-router';
import { DashboardPage } from '../../features/dashboard/dashboard-page';
import { dashboardDeadlines } from '../../features/dashboard/deadline-pages';
import { dashboardLevel, matrixPages } from '../../features/dashboard/matrix-pages';
import { seedEarly } from '../../lib/early-seed';
import { searchParams, zId, zYear } from '../../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({ year: zYear, root: zId });

export const Route = createFileRoute('/_app/')({
  validateSearch: searchOf,
  loaderDeps: ({ search }) => dashboardLevel(search),
  loader: async ({ context: { queryClient, trpc }, deps }) => {
    const matrix = matrixPages(trpc, deps);
    const due = dashboardDeadlines(trpc, { rootId: deps.rootId, asOf: deps.asOf });
    // Asked for beside /auth/me on a first visit (lib/first-screen.ts).
    seedEarly(queryClient, [matrix, due]);
    await Promise.all([
      queryClient.ensureInfiniteQueryData(matrix),
      queryClient.ensureQueryData(due),
    ]);
  },
  component: DashboardPage,
});
