import { createFileRoute } from '@tanstack/react-router';
import { ImportsPage } from '../../features/imports/imports-page';

// No beforeLoad guard: it would put the policy module in the first chunk (issue 14's
// budget). The page itself sends a user who may not import back to the dashboard.
export const Route = createFileRoute('/_app/imports')({
  component: ImportsPage,
});
