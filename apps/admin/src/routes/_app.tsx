import { createFileRoute, redirect } from '@tanstack/react-router';
import { AppShell } from '../components/app-shell';
import { meQuery } from '../lib/auth';

export const Route = createFileRoute('/_app')({
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(meQuery);
    if (!user) {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
    // The tRPC client loads here, not in the entry: the sign-in page never needs it.
    // Child routes find it in their context, as `trpc`, for their loaders.
    const { trpc } = await import('../lib/api');
    return { user, trpc };
  },
  component: AppShell,
});
