import { createFileRoute } from '@tanstack/react-router';
import { ResetPasswordPage } from '../features/account/reset-password-page';
import { searchParams, zFlag, zText } from '../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({ token: zText, invite: zFlag });

export const Route = createFileRoute('/reset-password')({
  validateSearch: searchOf,
  component: ResetPasswordPage,
});
