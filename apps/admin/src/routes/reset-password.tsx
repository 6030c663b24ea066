import { createFileRoute } from '@tanstack/react-router';
import { ResetPasswordPage } from '../features/account/reset-password-page';
import { z, zFlag, zText } from '../lib/search';

export const Route = createFileRoute('/reset-password')({
  validateSearch: z.object({ token: zText, invite: zFlag }),
  component: ResetPasswordPage,
});
