import { createFileRoute, redirect, retainSearchParams } from '@tanstack/react-router';
import { AppShell } from '../components/app-shell';
import { meQuery } from '../lib/auth';
import { seedEarly } from '../lib/early-seed';
import { searchParams, zIsoDay } from '../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({ asOf: zIsoDay });

export const Route = createFileRoute('/_app')({
  // "Xem theo ngày": every signed-in page keeps the day it is seen as of (as-of-control.tsx).
  validateSearch: searchOf,
  search: { middlewares: [retainSearchParams(['asOf'])] },
  beforeLoad: async ({ context, location }) => {
    // The tRPC client and the offline app load here, not in the entry: the sign-in page
    // never needs them. Asked for together with /auth/me, not after it: on a slow phone
    // network each step of the chain before the first signed-in screen costs a round trip
    // (Lighthouse). Child routes find tRPC in their context, for their loaders.
    const signedIn = import('../lib/signed-in');
    signedIn.catch(() => undefined); // awaited below, or not needed: signed out
    const user = await context.queryClient.ensureQueryData(meQuery);
    if (!user) {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
    const { startSignedIn } = await signedIn;
    const trpc = await startSignedIn(context.queryClient, user);
    // The top bar's unread count, if the first screen's early batch asked for it.
    seedEarly(context.queryClient, [trpc.notices.unreadCount.queryOptions()]);
    return { user, trpc };
  },
  component: AppShell,
});
