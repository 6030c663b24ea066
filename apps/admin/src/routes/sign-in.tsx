import { createFileRoute, redirect } from '@tanstack/react-router';
import { SignInPage } from '../features/sign-in-page';
import { meQuery, safeRedirect } from '../lib/auth';
import { searchParams, zFlag, zText } from '../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({
  redirect: zText,
  expired: zFlag,
});

export const Route = createFileRoute('/sign-in')({
  validateSearch: searchOf,
  beforeLoad: async ({ context, search }) => {
    const user = await context.queryClient.ensureQueryData(meQuery);
    if (user) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: SignInPage,
});
