import { createFileRoute, redirect } from '@tanstack/react-router';
import { ReviewPage } from '../../features/review/review-page';
import { z, zIndicator } from '../../lib/search';

export const Route = createFileRoute('/_app/review')({
  validateSearch: z.object({ indicator: zIndicator }),
  beforeLoad: ({ context }) => {
    if (context.user.role !== 'admin' && context.user.role !== 'reviewer')
      throw redirect({ to: '/' });
  },
  loaderDeps: ({ search }) => ({ indicator: search.indicator }),
  loader: ({ context: { queryClient, trpc }, deps }) =>
    queryClient.ensureQueryData(trpc.reports.reviewQueue.queryOptions(deps)),
  component: ReviewPage,
});
