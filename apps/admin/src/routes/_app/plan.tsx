import { createFileRoute } from '@tanstack/react-router';
import { PlanPage } from '../../features/plan/plan-page';
import { searchParams, zIsoDay } from '../../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({ asOf: zIsoDay });

export const Route = createFileRoute('/_app/plan')({
  validateSearch: searchOf,
  loaderDeps: ({ search }) => ({ asOf: search.asOf }),
  loader: ({ context: { queryClient, trpc }, deps }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.plan.get.queryOptions({ asOf: deps.asOf })),
      queryClient.ensureQueryData(trpc.plan.amendments.queryOptions()),
      queryClient.ensureQueryData(trpc.plan.adoption.queryOptions()),
    ]),
  component: PlanPage,
});
