// Changes joining the queue (decisions 24, 34): one pending change per report and per record,
// a newer edit replacing the waiting one, files riding with the record's change, a deletion
// taking back a record never sent. Apart from the sending (sync-queue.ts) so that the
// signed-in screens do not load it: a form loads it when it queues.
import type { OfflineDb } from './offline-db';
import type {
  QueuedChange,
  QueuedPhoto,
  QueuedRecordChange,
  QueuedRecordDelete,
  QueuedRecordFiles,
  QueuedRecordSave,
  RecordDeleteInput,
  RecordFilesInput,
  RecordSaveInput,
  ReportSaveInput,
} from './queue-types';
import { targetOf } from './queue-types';
import { listQueue, newKey } from './sync-queue';

/** A waiting change replaced by a newer edit: it waits again, its last failure forgotten. */
const WAITING_AGAIN = { status: 'waiting', error: null, current: null } as const;

/** What every change starts with when it joins the queue. */
const newlyQueued = () => ({ ...WAITING_AGAIN, saved: null, attempts: 0, createdAt: Date.now() });

/** Queues a save; a change not yet sent for the same report is replaced by this newer one,
 *  which keeps the version the cadre first edited (one report, one pending save). */
export async function enqueueReportSave(
  db: OfflineDb,
  userId: string,
  input: Omit<ReportSaveInput, 'saveKey'>,
  photos: QueuedPhoto[] = [],
): Promise<number> {
  const pending = (await listQueue(db, userId)).find(
    (item) =>
      item.kind === 'report.save' &&
      item.saved === null &&
      targetOf(item.input) === targetOf(input),
  );
  if (pending?.kind === 'report.save' && pending.seq !== undefined) {
    const merged: QueuedChange = {
      ...pending,
      input: { ...input, version: pending.input.version, saveKey: newKey() },
      photos: [...pending.photos, ...photos],
      ...WAITING_AGAIN,
    };
    await db.put('queue', merged);
    return pending.seq;
  }
  const change: QueuedChange = {
    userId,
    kind: 'report.save',
    input: { ...input, saveKey: newKey() },
    photos,
    ...newlyQueued(),
  };
  return db.add('queue', change);
}

/** This user's queued changes about one record (at most one, by the rules below). */
async function pendingOfRecord(db: OfflineDb, userId: string, target: string) {
  return (await listQueue(db, userId)).filter(
    (item): item is QueuedRecordChange =>
      item.kind !== 'report.save' && targetOf(item.input) === target,
  );
}

/** Queues a record's save (decision 34). A record made offline carries the id the phone
 *  chose (newId); a newer offline edit of a record that still waits replaces the waiting
 *  one, keeping the version first edited (or staying a create), and files waiting alone for
 *  that record now go after this save. */
export async function enqueueRecordSave(
  db: OfflineDb,
  userId: string,
  input: RecordSaveInput,
  label: string,
): Promise<number> {
  const pending = (await pendingOfRecord(db, userId, targetOf(input))).find(
    (item): item is QueuedRecordSave | QueuedRecordFiles =>
      item.kind !== 'record.delete' && item.saved === null,
  );
  if (pending?.seq !== undefined) {
    const { id, version } = pending.input;
    const newId = pending.kind === 'record.save' ? pending.input.newId : undefined;
    const merged: QueuedRecordSave = {
      ...pending,
      kind: 'record.save',
      input: { id, version, record: input.record, ...(newId ? { newId } : {}) },
      label,
      ...WAITING_AGAIN,
    };
    await db.put('queue', merged);
    return pending.seq;
  }
  const change: QueuedRecordSave = {
    userId,
    kind: 'record.save',
    input: input.id === null ? { ...input, newId: input.newId ?? newKey() } : input,
    photos: [],
    label,
    ...newlyQueued(),
  };
  return db.add('queue', change);
}

/** Queues files for a record (a publication's archive). They go with the change already
 *  waiting for that record, after its save (so a record made offline gets them once the
 *  server has it, under the id the phone chose), or wait alone on the version the cadre
 *  saw. A record waiting to be deleted takes none: null. */
export async function enqueueRecordFiles(
  db: OfflineDb,
  userId: string,
  input: RecordFilesInput,
  photos: QueuedPhoto[],
  label: string,
): Promise<number | null> {
  const pending = (await pendingOfRecord(db, userId, targetOf(input)))[0];
  if (pending?.kind === 'record.delete') return null;
  if (pending?.seq !== undefined) {
    await db.put('queue', { ...pending, photos: [...pending.photos, ...photos] });
    return pending.seq;
  }
  const change: QueuedRecordFiles = {
    userId,
    kind: 'record.files',
    input,
    photos,
    label,
    ...newlyQueued(),
  };
  return db.add('queue', change);
}

/** Queues a record's deletion with the version the cadre deleted. A record made offline and
 *  not yet sent is only taken out of the queue ('cancelled': nothing ever reaches the
 *  server); an edit or files still waiting for the record are dropped, the deletion taking
 *  the version they were made on, or the one the server gave them if their save is in. */
export async function enqueueRecordDelete(
  db: OfflineDb,
  userId: string,
  input: RecordDeleteInput,
  label: string,
): Promise<'cancelled' | 'queued'> {
  const pending = await pendingOfRecord(db, userId, targetOf(input));
  if (pending.some((item) => item.kind === 'record.delete')) return 'queued';
  let version = input.version;
  for (const item of pending) {
    const isUnsentCreate =
      item.kind === 'record.save' && item.input.id === null && item.saved === null;
    await db.delete('queue', item.seq as number);
    if (isUnsentCreate) return 'cancelled';
    version = item.saved?.version ?? item.input.version ?? version;
  }
  const change: QueuedRecordDelete = {
    userId,
    kind: 'record.delete',
    input: { ...input, version },
    label,
    ...newlyQueued(),
  };
  await db.add('queue', change);
  return 'queued';
}
