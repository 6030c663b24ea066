import { createFileRoute } from '@tanstack/react-router';
import { AmbassadorPage } from '../../../features/ambassadors/ambassador-page';

export const Route = createFileRoute('/_app/ambassadors/$ambassadorId')({
  loader: ({ context: { queryClient, trpc }, params }) =>
    queryClient.ensureQueryData(trpc.ambassadors.get.queryOptions({ id: params.ambassadorId })),
  component: AmbassadorPage,
});
