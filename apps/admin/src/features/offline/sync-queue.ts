// The offline queue: changes wait here, in IndexedDB, until the server takes them. Sent one
// at a time in the order they were made, each with the version it edited and its saveKey,
// so a resend after a lost answer is recognised by the server and never becomes a second
// version. A conflict or a refusal waits for the cadre; a network failure stops the run and
// keeps everything for the next one (decision 24). Joining the queue: enqueue.ts.
import type { Report } from '../../lib/types';
import type { OfflineDb } from './offline-db';
import type {
  QueuedChange,
  QueuedPhoto,
  RecordDeleteInput,
  RecordSaveInput,
  ReportSaveInput,
} from './queue-types';

type Versioned = { id: string; version: number };

/** Where an upload goes: a report's evidence or a publication's archive (lib/upload.ts). */
export type UploadTo = Versioned & { kind: 'reports' | 'publications'; key: string };

/** How a change reaches the server: the real one is the tRPC client and the upload route. */
export interface QueueSender {
  saveReport(input: ReportSaveInput): Promise<Versioned>;
  saveRecord(input: RecordSaveInput): Promise<Versioned>;
  /** Resolves when the record is gone, including when this user's earlier send, or someone
   *  else, removed it. */
  deleteRecord(input: RecordDeleteInput): Promise<unknown>;
  uploadPhoto(target: UploadTo, photo: QueuedPhoto): Promise<number>;
}

/** What a failed send means for the queue. */
export type SendFailure =
  | { kind: 'offline'; message: string }
  | { kind: 'conflict'; current: Report | (Versioned & Record<string, unknown>) }
  | { kind: 'refused'; message: string };

export type ClassifyFailure = (error: unknown) => SendFailure;

/** A fresh save key (decision 24). */
export const newKey = () => crypto.randomUUID();

export async function listQueue(db: OfflineDb, userId: string): Promise<QueuedChange[]> {
  const items = await db.getAllFromIndex('queue', 'byUser', userId);
  return items.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
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
  // Photos go one by one, each on the version the last one made, and leave the queue as soon
  // as they are on the server. Each is sent under a key kept on the phone first, so a resend
  // after a lost answer gets the first answer instead of attaching it twice.
  while (item.photos.length > 0) {
    const photo = item.photos[0] as QueuedPhoto;
    if (!photo.key) {
      photo.key = newKey();
      await db.put('queue', item);
    }
    const version = await sender.uploadPhoto({ kind, ...on, key: photo.key }, photo);
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
