import { createFileRoute } from '@tanstack/react-router';
import { AmbassadorsPage } from '../../../features/ambassadors/ambassadors-page';
import { searchParams, zText } from '../../../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({ field: zText, status: zText });

export const Route = createFileRoute('/_app/ambassadors/')({
  // Filters live in the URL so a filtered list can be shared.
  validateSearch: searchOf,
  loader: ({ context: { queryClient, trpc } }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.ambassadors.list.queryOptions()),
      queryClient.ensureQueryData(trpc.units.tree.queryOptions()),
    ]),
  component: AmbassadorsPage,
});
