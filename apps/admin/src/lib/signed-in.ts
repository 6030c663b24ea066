// Everything a signed-in session starts with, loaded in one piece after sign-in (see
// routes/_app.tsx): the tRPC client, the offline sync, the snapshots of the unit page and
// the service worker. One dynamic import keeps the entry chunk, and the sign-in page, lean.
import type { QueryClient } from '@tanstack/react-query';
import { startOfflineSync } from '../features/offline/offline-sync';
import { registerServiceWorker } from '../features/offline/register-sw';
import { restoreSnapshots } from '../features/offline/snapshots';
import { trpc } from './api';
import type { SessionUser } from './auth';
import { addMessages } from './i18n';
import { SHELL_MESSAGES } from './shell-messages';

export async function startSignedIn(queryClient: QueryClient, user: SessionUser) {
  addMessages(SHELL_MESSAGES);
  // Online, the route's data is asked for at once: the offline store's clean-up and the
  // queue's first run go on beside it (on a phone they held the first screen back).
  const started = startOfflineSync(queryClient, user).catch(() => undefined);
  // Offline, the unit page opens on the copy last synced (decision 24).
  if (!navigator.onLine) {
    await started;
    await restoreSnapshots(queryClient, user.id).catch(() => undefined);
  }
  registerServiceWorker();
  return trpc;
}
