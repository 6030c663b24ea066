import { createFileRoute } from '@tanstack/react-router';
import { AmbassadorsPage } from '../../../features/ambassadors/ambassadors-page';
import { z, zText } from '../../../lib/search';

export const Route = createFileRoute('/_app/ambassadors/')({
  // Filters live in the URL so a filtered list can be shared.
  validateSearch: z.object({ field: zText, status: zText }),
  loader: ({ context: { queryClient, trpc } }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.ambassadors.list.queryOptions()),
      queryClient.ensureQueryData(trpc.units.tree.queryOptions()),
    ]),
  component: AmbassadorsPage,
});
