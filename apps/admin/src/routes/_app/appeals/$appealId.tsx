import { createFileRoute } from '@tanstack/react-router';
import { AppealPage } from '../../../features/giving/appeal-page';

export const Route = createFileRoute('/_app/appeals/$appealId')({
  loader: ({ context: { queryClient, trpc }, params }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.appeals.list.queryOptions()),
      queryClient.ensureQueryData(trpc.appeals.pledges.queryOptions({ appealId: params.appealId })),
      queryClient.ensureQueryData(
        trpc.appeals.disbursements.queryOptions({ appealId: params.appealId }),
      ),
    ]),
  component: AppealPage,
});
