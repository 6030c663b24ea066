import { createFileRoute, redirect } from '@tanstack/react-router';
import { ReviewPage } from '../../features/review/review-page';
import { searchParams, zIndicator } from '../../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({ indicator: zIndicator });

export const Route = createFileRoute('/_app/review')({
  validateSearch: searchOf,
  beforeLoad: ({ context }) => {
    if (context.user.role !== 'admin' && context.user.role !== 'reviewer')
      throw redirect({ to: '/' });
  },
  loaderDeps: ({ search }) => ({ indicator: search.indicator }),
  loader: ({ context: { queryClient, trpc }, deps }) =>
    queryClient.ensureQueryData(trpc.reports.reviewQueue.queryOptions(deps)),
  component: ReviewPage,
});
