import { createFileRoute } from '@tanstack/react-router';
import { NoticeRulesPageGuarded } from '../../features/notices/notice-rules-page';

export const Route = createFileRoute('/_app/notice-rules')({
  // The page asks the policy (notice.manage); others are sent to the dashboard.
  component: NoticeRulesPageGuarded,
});
