import { can } from '@lantoa/domain';
import { createFileRoute, redirect } from '@tanstack/react-router';
import { ImportsPage } from '../../features/imports/imports-page';

export const Route = createFileRoute('/_app/imports')({
  beforeLoad: ({ context }) => {
    if (!can({ role: context.user.role, action: 'data.import' })) throw redirect({ to: '/' });
  },
  component: ImportsPage,
});
