// No network: a record's save waits in the phone's queue, with the version it edits, or, for
// a record made offline, the id the phone chose for it (decisions 24, 34). Loaded on demand:
// IndexedDB code is not needed until then.
import { notifyQueueChanged, signedInUserId } from '../offline/offline-sync';
import type { RecordSaveInput } from '../offline/queue-types';

/** Queues the save; false when no one is signed in on this phone to queue it for. */
export async function keepRecordForLater(input: RecordSaveInput, label: string): Promise<boolean> {
  const userId = signedInUserId();
  if (!userId) return false;
  const [{ offlineDb }, { enqueueRecordSave }] = await Promise.all([
    import('../offline/offline-db'),
    import('../offline/sync-queue'),
  ]);
  await enqueueRecordSave(await offlineDb(), userId, input, label);
  notifyQueueChanged();
  return true;
}
