import { createFileRoute } from '@tanstack/react-router';
import { UnitTreePage } from '../../../features/units/unit-tree-page';
import { z, zText } from '../../../lib/search';

export const Route = createFileRoute('/_app/units/')({
  validateSearch: z.object({ q: zText }),
  loaderDeps: ({ search }) => ({ asOf: search.asOf }),
  loader: ({ context: { queryClient, trpc }, deps }) =>
    queryClient.ensureQueryData(trpc.units.tree.queryOptions(deps)),
  component: UnitTreePage,
});
