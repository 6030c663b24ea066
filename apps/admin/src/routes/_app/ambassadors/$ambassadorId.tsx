import { createFileRoute } from '@tanstack/react-router';
import { AmbassadorPage } from '../../../features/ambassadors/ambassador-page';

export const Route = createFileRoute('/_app/ambassadors/$ambassadorId')({
  loader: ({ context: { queryClient, trpc }, params }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.ambassadors.get.queryOptions({ id: params.ambassadorId })),
      queryClient.ensureQueryData(trpc.units.tree.queryOptions()),
    ]),
  component: AmbassadorPage,
});
