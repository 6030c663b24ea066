import { createFileRoute, redirect } from '@tanstack/react-router';
import { DeliveriesPage } from '../../features/notices/deliveries-page';

export const Route = createFileRoute('/_app/sent-notices')({
  beforeLoad: ({ context }) => {
    if (context.user.role !== 'admin') throw redirect({ to: '/' });
  },
  component: DeliveriesPage,
});
