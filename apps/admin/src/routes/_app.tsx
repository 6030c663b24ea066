import { createFileRoute, redirect } from '@tanstack/react-router';
import { AppShell } from '../components/app-shell';
import { meQuery } from '../lib/auth';

export const Route = createFileRoute('/_app')({
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(meQuery);
    if (!user) {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
    return { user };
  },
  component: AppShell,
});
