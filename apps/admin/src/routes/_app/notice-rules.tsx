import { createFileRoute, redirect } from '@tanstack/react-router';
import { NoticeRulesPage } from '../../features/notices/notice-rules-page';

export const Route = createFileRoute('/_app/notice-rules')({
  // The policy decides: roles without `notice.manage` never see a province's rules.
  beforeLoad: async ({ context }) => {
    const { can } = await import('../../lib/policy');
    if (!can({ role: context.user.role, action: 'notice.manage' })) throw redirect({ to: '/' });
  },
  component: NoticeRulesPage,
});
