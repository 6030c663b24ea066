import { createFileRoute, redirect } from '@tanstack/react-router';
import { AppShell } from '../components/app-shell';
import { meQuery } from '../lib/auth';

export const Route = createFileRoute('/_app')({
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(meQuery);
    if (!user) {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
    // The tRPC client and the offline app load here, not in the entry: the sign-in page
    // never needs them. Child routes find tRPC in their context, for their loaders.
    const [{ trpc }, offline, { restoreSnapshots }, { registerServiceWorker }] = await Promise.all([
      import('../lib/api'),
      import('../features/offline/offline-sync'),
      import('../features/offline/snapshots'),
      import('../features/offline/register-sw'),
    ]);
    await offline.startOfflineSync(context.queryClient, user).catch(() => undefined);
    // Offline, the unit page opens on the copy last synced (decision 24).
    if (!navigator.onLine)
      await restoreSnapshots(context.queryClient, user.id).catch(() => undefined);
    registerServiceWorker();
    return { user, trpc };
  },
  component: AppShell,
});
