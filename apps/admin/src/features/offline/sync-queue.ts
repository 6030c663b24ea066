// The offline queue: changes wait here, in IndexedDB, until the server takes them. Sent one
// at a time in the order they were made, each with the version it edited and its saveKey,
// so a resend after a lost answer is recognised by the server and never becomes a second
// version. A conflict or a refusal waits for the cadre; a network failure stops the run and
// keeps everything for the next one (decision 24).
import type { Report } from '../../lib/types';
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

type Versioned = { id: string; version: number };

/** Where an upload goes: a report's evidence or a publication's archive (lib/upload.ts). */
export type UploadTo = Versioned & { kind: 'reports' | 'publications' };

/** How a change reaches the server: the real one is the tRPC client and the upload route. */
export interface QueueSender {
  saveReport(input: ReportSaveInput): Promise<Versioned>;
  saveRecord(input: RecordSaveInput): Promise<Versioned>;
  /** Resolves when the record is gone, including when this user's earlier send removed it. */
  deleteRecord(input: RecordDeleteInput): Promise<unknown>;
  uploadPhoto(target: UploadTo, photo: QueuedPhoto): Promise<number>;
}

/** What a failed send means for the queue. */
export type SendFailure =
  | { kind: 'offline'; message: string }
  | { kind: 'conflict'; current: Report | (Versioned & Record<string, unknown>) }
  | { kind: 'refused'; message: string };

export type ClassifyFailure = (error: unknown) => SendFailure;

const newKey = () => crypto.randomUUID();

export async function listQueue(db: OfflineDb, userId: string): Promise<QueuedChange[]> {
  const items = await db.getAllFromIndex('queue', 'byUser', userId);
  return items.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

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

const running = new Map<string, Promise<number>>();

/** Sends what waits, in order; resolves to how many changes reached the server. One run per
 *  user at a time: a second call joins the first, so a change is never in flight twice. */
export function flushQueue(
  db: OfflineDb,
  userId: string,
  sender: QueueSender,
  classify: ClassifyFailure,
): Promise<number> {
  const inFlight = running.get(userId);
  if (inFlight) return inFlight;
  const run = sendAll(db, userId, sender, classify).finally(() => running.delete(userId));
  running.set(userId, run);
  return run;
}

async function sendAll(
  db: OfflineDb,
  userId: string,
  sender: QueueSender,
  classify: ClassifyFailure,
) {
  let sent = 0;
  for (const item of await listQueue(db, userId)) {
    if (item.status !== 'waiting') continue;
    const outcome = await sendOne(db, item, sender).catch((error: unknown) => classify(error));
    if (outcome === 'sent') {
      sent += 1;
      continue;
    }
    const latest = await db.get('queue', item.seq as number);
    if (!latest) continue;
    latest.attempts += 1;
    if (outcome.kind === 'offline') {
      latest.error = outcome.message;
      await db.put('queue', latest);
      return sent; // the rest waits behind it, in order
    }
    if (outcome.kind === 'conflict')
      Object.assign(latest, { status: 'conflict', current: outcome.current });
    else Object.assign(latest, { status: 'failed', error: outcome.message });
    await db.put('queue', latest);
  }
  return sent;
}

async function sendOne(db: OfflineDb, item: QueuedChange, sender: QueueSender): Promise<'sent'> {
  if (item.kind === 'record.delete') {
    await sender.deleteRecord(item.input);
    await db.delete('queue', item.seq as number);
    return 'sent';
  }
  // What the files go on: the version the save made, or, for files alone, the one the cadre
  // saw (kept as the change's until one is uploaded, so a later edit can still take them).
  let on = item.saved;
  if (!on) {
    if (item.kind === 'record.files') on = { id: item.input.id, version: item.input.version };
    else {
      const saved =
        item.kind === 'record.save'
          ? await sender.saveRecord(item.input)
          : await sender.saveReport(item.input);
      on = { id: saved.id, version: saved.version };
      item.saved = on;
      await db.put('queue', item);
    }
  }
  const kind = item.kind === 'report.save' ? 'reports' : 'publications';
  // Photos go one by one, each on the version the last one made; each leaves the queue as
  // soon as it is on the server, so a resend never attaches it twice.
  while (item.photos.length > 0) {
    const version = await sender.uploadPhoto({ kind, ...on }, item.photos[0] as QueuedPhoto);
    on = { id: on.id, version };
    item.photos = item.photos.slice(1);
    item.saved = on;
    await db.put('queue', item);
  }
  await db.delete('queue', item.seq as number);
  return 'sent';
}

/** The cadre asks to send a failed change again (as it is, with a new key if it was refused). */
export async function retryChange(db: OfflineDb, seq: number): Promise<void> {
  const item = await db.get('queue', seq);
  if (!item) return;
  await db.put('queue', { ...item, status: 'waiting', error: null });
}

/** After a CONFLICT, "apply mine": the same change, on top of the version there now (for a
 *  deletion: delete it anyway). When the save was in and a file met the newer version, the
 *  files left go on that version. */
export async function applyOnCurrent(db: OfflineDb, seq: number): Promise<void> {
  const item = await db.get('queue', seq);
  if (!item?.current) return;
  const version = item.current.version;
  const next: QueuedChange = item.saved
    ? { ...item, saved: { ...item.saved, version } }
    : item.kind === 'report.save'
      ? { ...item, input: { ...item.input, version, saveKey: newKey() } }
      : ({ ...item, input: { ...item.input, version } } as QueuedChange);
  await db.put('queue', { ...next, status: 'waiting', error: null, current: null });
}

export async function discardChange(db: OfflineDb, seq: number): Promise<void> {
  await db.delete('queue', seq);
}
