// The phone's offline store (IndexedDB through idb): the queue of changes made offline and
// the last synced copy of the data a cadre needs offline. Every row
// carries its user's id; sign-out deletes the whole database (decision 24).
import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from 'idb';
import type { QueuedChange } from './queue-types';

export const OFFLINE_DB = 'lantoa-offline';

export interface Snapshot {
  /** userId + the query's key, as JSON. */
  id: string;
  userId: string;
  queryKey: unknown[];
  data: unknown;
  syncedAt: number;
}

interface OfflineSchema extends DBSchema {
  queue: { key: number; value: QueuedChange; indexes: { byUser: string } };
  snapshots: { key: string; value: Snapshot; indexes: { byUser: string } };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

let opened: Promise<OfflineDb> | null = null;

export const hasOfflineStore = () => typeof indexedDB !== 'undefined';

export function offlineDb(): Promise<OfflineDb> {
  opened ??= openDB<OfflineSchema>(OFFLINE_DB, 1, {
    upgrade(db) {
      const queue = db.createObjectStore('queue', { keyPath: 'seq', autoIncrement: true });
      queue.createIndex('byUser', 'userId');
      const snapshots = db.createObjectStore('snapshots', { keyPath: 'id' });
      snapshots.createIndex('byUser', 'userId');
    },
  });
  return opened;
}

/** Sign-out: nothing of this user stays on the phone for the next one. */
export async function clearOfflineStore(): Promise<void> {
  if (!hasOfflineStore()) return;
  const db = await opened?.catch(() => null);
  db?.close();
  opened = null;
  await deleteDB(OFFLINE_DB);
}
