import { createFileRoute } from '@tanstack/react-router';
import { PlanPage } from '../../features/plan/plan-page';
import { z, zIsoDay } from '../../lib/search';

export const Route = createFileRoute('/_app/plan')({
  validateSearch: z.object({ asOf: zIsoDay }),
  loaderDeps: ({ search }) => ({ asOf: search.asOf }),
  loader: ({ context: { queryClient, trpc }, deps }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.plan.get.queryOptions({ asOf: deps.asOf })),
      queryClient.ensureQueryData(trpc.plan.amendments.queryOptions()),
    ]),
  component: PlanPage,
});
