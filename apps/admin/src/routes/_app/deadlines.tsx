import { createFileRoute } from '@tanstack/react-router';
import { deadlinePages } from '../../features/dashboard/deadline-pages';
import { DeadlinesPage } from '../../features/dashboard/deadlines-page';
import { searchParams, zId, zIndicator } from '../../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({ root: zId, unit: zId, indicator: zIndicator });

export const Route = createFileRoute('/_app/deadlines')({
  validateSearch: searchOf,
  loaderDeps: ({ search }) => ({
    rootId: search.root,
    asOf: search.asOf,
    unitId: search.unit,
    indicator: search.indicator,
  }),
  loader: ({ context: { queryClient, trpc }, deps }) =>
    queryClient.ensureInfiniteQueryData(deadlinePages(trpc, deps)),
  component: DeadlinesPage,
});
