// No network: a record's save, deletion or new files wait in the phone's queue, with the
// version they were made on, or, for a record made offline, the id the phone chose for it
// (decisions 24, 34). Loaded on demand: IndexedDB code is not needed until then.
import { notifyQueueChanged, signedInUserId } from '../offline/offline-sync';
import type {
  QueuedPhoto,
  RecordDeleteInput,
  RecordFilesInput,
  RecordSaveInput,
} from '../offline/queue-types';

async function queue() {
  const [{ offlineDb }, queueing] = await Promise.all([
    import('../offline/offline-db'),
    import('../offline/enqueue'),
  ]);
  return { db: await offlineDb(), ...queueing };
}

/** Queues the save; false when no one is signed in on this phone to queue it for. */
export async function keepRecordForLater(input: RecordSaveInput, label: string): Promise<boolean> {
  const userId = signedInUserId();
  if (!userId) return false;
  const { db, enqueueRecordSave } = await queue();
  await enqueueRecordSave(db, userId, input, label);
  notifyQueueChanged();
  return true;
}

/** Queues a deletion: 'cancelled' when the record was only made offline (nothing is sent),
 *  null when no one is signed in on this phone. */
export async function keepDeleteForLater(
  input: RecordDeleteInput,
  label: string,
): Promise<'cancelled' | 'queued' | null> {
  const userId = signedInUserId();
  if (!userId) return null;
  const { db, enqueueRecordDelete } = await queue();
  const outcome = await enqueueRecordDelete(db, userId, input, label);
  notifyQueueChanged();
  return outcome;
}

/** Queues files for a record; false when no one is signed in or the record waits to be
 *  deleted. */
export async function keepFilesForLater(
  input: RecordFilesInput,
  files: QueuedPhoto[],
  label: string,
): Promise<boolean> {
  const userId = signedInUserId();
  if (!userId) return false;
  const { db, enqueueRecordFiles } = await queue();
  const seq = await enqueueRecordFiles(db, userId, input, files, label);
  notifyQueueChanged();
  return seq !== null;
}
