import { createFileRoute } from '@tanstack/react-router';
import { DrivesPage } from '../../../features/giving/drives-page';

export const Route = createFileRoute('/_app/drives/')({
  loader: ({ context: { queryClient, trpc } }) =>
    Promise.all([queryClient.ensureQueryData(trpc.drives.list.queryOptions())]),
  component: DrivesPage,
});
