import { createFileRoute, redirect, retainSearchParams } from '@tanstack/react-router';
import { AppShell } from '../components/app-shell';
import { meQuery } from '../lib/auth';
import { z, zIsoDay } from '../lib/search';

export const Route = createFileRoute('/_app')({
  // "Xem theo ngày": every signed-in page keeps the day it is seen as of (as-of-control.tsx).
  validateSearch: z.object({ asOf: zIsoDay }),
  search: { middlewares: [retainSearchParams(['asOf'])] },
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(meQuery);
    if (!user) {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
    return { user };
  },
  component: AppShell,
});
