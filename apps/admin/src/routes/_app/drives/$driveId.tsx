import { createFileRoute } from '@tanstack/react-router';
import { DrivePage } from '../../../features/giving/drive-page';

export const Route = createFileRoute('/_app/drives/$driveId')({
  loader: ({ context: { queryClient, trpc }, params }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.drives.list.queryOptions()),
      queryClient.ensureQueryData(
        trpc.drives.registrations.queryOptions({ driveId: params.driveId }),
      ),
    ]),
  component: DrivePage,
});
