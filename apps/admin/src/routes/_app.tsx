import { createFileRoute, redirect, retainSearchParams } from '@tanstack/react-router';
import { AppShell } from '../components/app-shell';
import { meQuery } from '../lib/auth';
import { searchParams, zIsoDay } from '../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({ asOf: zIsoDay });

export const Route = createFileRoute('/_app')({
  // "Xem theo ngày": every signed-in page keeps the day it is seen as of (as-of-control.tsx).
  validateSearch: searchOf,
  search: { middlewares: [retainSearchParams(['asOf'])] },
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(meQuery);
    if (!user) {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
    // The tRPC client and the offline app load here, not in the entry: the sign-in page
    // never needs them. Child routes find tRPC in their context, for their loaders.
    const { startSignedIn } = await import('../lib/signed-in');
    return { user, trpc: await startSignedIn(context.queryClient, user) };
  },
  component: AppShell,
});
