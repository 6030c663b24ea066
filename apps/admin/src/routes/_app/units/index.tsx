import { createFileRoute } from '@tanstack/react-router';
import { UnitTreePage } from '../../../features/units/unit-tree-page';
import { provincePages } from '../../../features/units/unit-tree-pages';
import { searchParams, zText } from '../../../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({ q: zText });

export const Route = createFileRoute('/_app/units/')({
  validateSearch: searchOf,
  loaderDeps: ({ search }) => ({ asOf: search.asOf }),
  loader: ({ context: { queryClient, trpc }, deps }) =>
    queryClient.ensureInfiniteQueryData(provincePages(trpc, deps.asOf)),
  component: UnitTreePage,
});
