import { createFileRoute } from '@tanstack/react-router';
import { AmbassadorsPage } from '../../../features/ambassadors/ambassadors-page';

export const Route = createFileRoute('/_app/ambassadors/')({
  loader: ({ context: { queryClient, trpc } }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.ambassadors.list.queryOptions()),
      queryClient.ensureQueryData(trpc.units.tree.queryOptions()),
    ]),
  component: AmbassadorsPage,
});
