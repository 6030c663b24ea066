import { createFileRoute } from '@tanstack/react-router';
import {
  AMBASSADOR_FIELD_VALUES,
  AMBASSADOR_STATUS_VALUES,
  ambassadorPages,
} from '../../../features/ambassadors/ambassador-pages';
import { AmbassadorsPage } from '../../../features/ambassadors/ambassadors-page';
import { oneOf, searchParams } from '../../../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({
  field: oneOf(AMBASSADOR_FIELD_VALUES),
  status: oneOf(AMBASSADOR_STATUS_VALUES),
});

export const Route = createFileRoute('/_app/ambassadors/')({
  // Filters live in the URL so a filtered list can be shared; the server applies them.
  validateSearch: searchOf,
  loaderDeps: ({ search }) => ({ field: search.field, status: search.status }),
  loader: ({ context: { queryClient, trpc }, deps }) =>
    queryClient.ensureInfiniteQueryData(ambassadorPages(trpc, deps)),
  component: AmbassadorsPage,
});
