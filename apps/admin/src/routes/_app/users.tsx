import { createFileRoute, redirect } from '@tanstack/react-router';
import { UsersPage } from '../../features/users/users-page';

export const Route = createFileRoute('/_app/users')({
  beforeLoad: ({ context }) => {
    if (context.user.role !== 'admin') throw redirect({ to: '/' });
  },
  loader: ({ context: { queryClient, trpc } }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.users.list.queryOptions()),
      queryClient.ensureQueryData(trpc.units.tree.queryOptions()),
    ]),
  component: UsersPage,
});
