import { createFileRoute, redirect } from '@tanstack/react-router';
import { SignInPage } from '../features/sign-in-page';
import { meQuery, safeRedirect } from '../lib/auth';
import { z, zFlag, zText } from '../lib/search';

export const Route = createFileRoute('/sign-in')({
  validateSearch: z.object({
    redirect: zText,
    expired: zFlag,
  }),
  beforeLoad: async ({ context, search }) => {
    const user = await context.queryClient.ensureQueryData(meQuery);
    if (user) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: SignInPage,
});
