// Wires the queue to the real server and to the signed-in session: sends with the tRPC
// client and the upload route, sorts failures (offline / conflict / refused), syncs when the
// phone comes back online, keeps snapshots of the unit page, and tells the screens.
import type { SaveReportInput } from '@lantoa/domain';
import type { QueryClient } from '@tanstack/react-query';
import { trpc, trpcClient } from '../../lib/api';
import { rememberSignedInUser, type SessionUser } from '../../lib/auth';
import { errorCode, errorData, errorMessage, isServiceUnavailable } from '../../lib/errors';
import { getLang } from '../../lib/i18n';
import type { Report, RouterInputs } from '../../lib/types';
import { UploadError, uploadFile } from '../../lib/upload';
import type { RecordRow } from '../records/record-form';
import { hasOfflineStore, offlineDb } from './offline-db';
import { O } from './offline-messages';
import { type RetryLater, retryDelayMs, retryLater } from './retry-later';
import { keepSnapshots } from './snapshots';
import { type ClassifyFailure, flushQueue, listQueue, type QueueSender } from './sync-queue';

const sender: QueueSender = {
  saveReport: (input) => trpcClient.reports.save.mutate(input as SaveReportInput),
  async saveRecord(input) {
    try {
      return await trpcClient.records.save.mutate(input as RouterInputs['records']['save']);
    } catch (error) {
      // An edit resent after its answer was lost meets its own version: the server already
      // holds exactly this change, so it is done (creates are recognised by their newId).
      const current = errorData(error).details?.current as RecordRow | undefined;
      const isOwnEcho =
        errorCode(error) === 'CONFLICT' &&
        current !== undefined &&
        input.id !== null &&
        current.version === (input.version ?? 0) + 1 &&
        holdsChange(input.record, current);
      if (isOwnEcho) return current;
      throw error;
    }
  },
  // records.delete answers a record already deleted (a resend of this user's own delete, or
  // someone else's delete) as done (decision 34).
  deleteRecord: ({ kind, id, version }) => trpcClient.records.delete.mutate({ kind, id, version }),
  async uploadPhoto(target, photo) {
    const file = new File([photo.blob], photo.name, { type: photo.type });
    return (await uploadFile(target, file, () => {})).version;
  },
};

/** Whether the server's record holds every value of a queued change (the input and the
 *  record's answer name fields alike; `kind` is the record kind only in the input). */
export function holdsChange(change: Record<string, unknown>, current: Record<string, unknown>) {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return Object.entries(change).every(
    ([key, value]) => key === 'kind' || same(value, current[key]),
  );
}

/** No HTTP answer at all: the phone has no network (a form then queues its save). */
export function isUnreachable(error: unknown): boolean {
  if (error instanceof UploadError) return error.status === 0;
  return !errorData(error).httpStatus && !errorCode(error);
}

/** For the queue, a 503 is the network's too: the change waits for the next run. */
export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof UploadError && error.status === 503) return true;
  return isServiceUnavailable(error) || isUnreachable(error);
}

export const classifyFailure: ClassifyFailure = (error) => {
  if (isNetworkFailure(error)) {
    // No answer at all is the phone's network; a 503 says why (a restart, a full disk).
    const lang = getLang();
    return {
      kind: 'offline',
      message: isUnreachable(error) ? O.network[lang] : errorMessage(error, lang),
    };
  }
  // The upload route answers a CONFLICT the way tRPC does, in its own envelope.
  const { code, details } =
    error instanceof UploadError
      ? error
      : { code: errorCode(error), details: errorData(error).details };
  const current = details?.current as Report | undefined;
  if (code === 'CONFLICT' && current?.version !== undefined) return { kind: 'conflict', current };
  return { kind: 'refused', message: errorMessage(error, getLang()) };
};

const listeners = new Set<(sent: number) => void>();
/** Told when the queue changes; `sent` is how many changes a sync run just delivered. */
export function onQueueChanged(listener: (sent: number) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const notifyQueueChanged = (sent = 0) => {
  for (const listener of listeners) listener(sent);
};

let session: {
  userId: string;
  queryClient: QueryClient;
  retry: RetryLater;
  stop: () => void;
} | null = null;

/** Sends what waits for the signed-in user, then refreshes what the changes touched. */
export async function syncNow(): Promise<void> {
  if (!session || !hasOfflineStore()) return;
  const { userId, queryClient, retry } = session;
  const db = await offlineDb();
  const sent = await flushQueue(db, userId, sender, classifyFailure);
  notifyQueueChanged(sent);
  // A change still waiting means the run could not reach the server. Offline, the 'online'
  // event wakes the queue; online (a lost answer, a 503), only a timer will.
  const blocked = (await listQueue(db, userId)).some((change) => change.status === 'waiting');
  if (blocked && navigator.onLine) retry.failed();
  else retry.settled();
  // Only when something reached the server: after every sign-in the queue is usually
  // empty, and refetching the screen just loaded cost a phone a long main-thread task.
  if (sent > 0)
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.records.pathKey() }),
    ]);
}

const onOnline = () => void syncNow();
// A phone brought back to the foreground: its timers may have slept, try at once.
const onVisible = () => {
  if (document.visibilityState === 'visible' && navigator.onLine) void syncNow();
};

/** After sign-in (routes/_app.tsx): remember who this phone's offline data belongs to,
 *  keep this user's snapshots, drop another user's, and sync now, on every reconnect, when
 *  the app comes back to the foreground, and (online) again later after a run that could
 *  not reach the server.
 *  The session starts at once; only the clean-up and the first sync are awaited (the
 *  returned promise), so the signed-in screen's data need not wait on IndexedDB. */
export async function startOfflineSync(
  queryClient: QueryClient,
  user: SessionUser,
  { delayOf = retryDelayMs }: { delayOf?: (failedRuns: number) => number } = {},
) {
  if (!hasOfflineStore() || session?.userId === user.id) return;
  session?.stop();
  rememberSignedInUser(user);
  // Subscribed before the screen's queries resolve, so their answers are kept.
  const stopSnapshots = keepSnapshots(queryClient, user.id);
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  const retry = retryLater(() => void syncNow(), delayOf);
  session = {
    userId: user.id,
    queryClient,
    retry,
    stop: () => {
      stopSnapshots();
      retry.settled();
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
  const db = await offlineDb();
  const tx = db.transaction('snapshots', 'readwrite');
  for (const snap of await tx.store.getAll())
    if (snap.userId !== user.id) await tx.store.delete(snap.id);
  await tx.done;
  if (navigator.onLine) void syncNow();
}

/** Sign-out: stop syncing and forget who was signed in (the store itself is deleted too). */
export function stopOfflineSync() {
  session?.stop();
  session = null;
  rememberSignedInUser(null);
}

export const signedInUserId = () => session?.userId ?? null;
