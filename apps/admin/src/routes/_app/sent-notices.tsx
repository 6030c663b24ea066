import { createFileRoute, redirect } from '@tanstack/react-router';
import { DeliveriesPage } from '../../features/notices/deliveries-page';

export const Route = createFileRoute('/_app/sent-notices')({
  beforeLoad: async ({ context }) => {
    const { can } = await import('../../lib/policy');
    if (!can({ role: context.user.role, action: 'notice.manage' })) throw redirect({ to: '/' });
  },
  component: DeliveriesPage,
});
