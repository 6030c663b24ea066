import { createFileRoute } from '@tanstack/react-router';
import { DashboardPage } from '../../features/dashboard/dashboard-page';
import { defaultYear, z, zId, zYear } from '../../lib/search';

export const Route = createFileRoute('/_app/')({
  validateSearch: z.object({ year: zYear, root: zId }),
  loaderDeps: ({ search }) => ({
    year: search.year ?? defaultYear(search.asOf),
    rootId: search.root,
    asOf: search.asOf,
  }),
  loader: async ({ context: { queryClient, trpc }, deps }) => {
    await Promise.all([
      queryClient.ensureQueryData(trpc.compliance.matrix.queryOptions(deps)),
      queryClient.ensureQueryData(
        trpc.compliance.deadlines.queryOptions({
          rootId: deps.rootId,
          asOf: deps.asOf,
          horizonDays: 30,
        }),
      ),
      queryClient.ensureQueryData(trpc.units.tree.queryOptions({ asOf: deps.asOf })),
    ]);
  },
  component: DashboardPage,
});
