import { createFileRoute } from '@tanstack/react-router';
import { AppealsPage } from '../../../features/giving/appeals-page';

export const Route = createFileRoute('/_app/appeals/')({
  loader: ({ context: { queryClient, trpc } }) =>
    Promise.all([queryClient.ensureQueryData(trpc.appeals.list.queryOptions())]),
  component: AppealsPage,
});
