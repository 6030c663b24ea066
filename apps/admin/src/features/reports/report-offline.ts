// No network: a report save waits in the phone's queue, with the version it edits, and its
// photos (decision 24). Loaded on demand: IndexedDB code is not needed until then.
import type { SaveReportInput } from '@lantoa/domain';
import { notifyQueueChanged, signedInUserId } from '../offline/offline-sync';
import type { QueuedPhoto } from '../offline/queue-types';

/** Queues the save; false when no one is signed in on this phone to queue it for. */
export async function keepReportForLater(
  input: SaveReportInput,
  photos: QueuedPhoto[],
): Promise<boolean> {
  const userId = signedInUserId();
  if (!userId) return false;
  const [{ offlineDb }, { enqueueReportSave }] = await Promise.all([
    import('../offline/offline-db'),
    import('../offline/enqueue'),
  ]);
  const { saveKey: _unused, ...change } = input;
  await enqueueReportSave(
    await offlineDb(),
    userId,
    { ...change, value: change.value ?? null, version: input.version },
    photos,
  );
  notifyQueueChanged();
  return true;
}
