import { can } from '@lantoa/domain';
import { createFileRoute, redirect } from '@tanstack/react-router';
import { ReorganisationsPage } from '../../features/reorganisations/reorganisations-page';

export const Route = createFileRoute('/_app/reorganisations')({
  beforeLoad: ({ context }) => {
    if (!can({ role: context.user.role, action: 'unit.reorganise' })) throw redirect({ to: '/' });
  },
  loader: ({ context: { queryClient, trpc } }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.reorganisations.list.queryOptions()),
      queryClient.ensureQueryData(trpc.units.tree.queryOptions({ asOf: undefined })),
    ]),
  component: ReorganisationsPage,
});
