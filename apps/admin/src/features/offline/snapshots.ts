// The last synced copy of what a cadre needs offline: their unit's page (compliance,
// records, campaigns, its Facebook pages' checks) and who they are. Saved per user from the query cache as answers
// arrive; put back into the cache when the phone is offline, with the time it was synced.
import type { QueryClient } from '@tanstack/react-query';
import { hasOfflineStore, offlineDb } from './offline-db';

/** tRPC query paths kept for offline use (their first key part, joined). */
// Every query the unit page's loader waits for must be here, or the page cannot open
// offline (the Facebook section's was missing and the offline e2e caught it). Campaigns:
// the record form picker's first page (decision 33); searching needs the connection.
const KEPT = new Set(['compliance.unit', 'records.ofUnit', 'records.campaigns', 'facebook.ofUnit']);

const pathOf = (queryKey: readonly unknown[]) =>
  Array.isArray(queryKey[0]) ? (queryKey[0] as string[]).join('.') : '';

/** Copies every kept answer into IndexedDB as it arrives. Returns the unsubscribe. */
export function keepSnapshots(queryClient: QueryClient, userId: string): () => void {
  if (!hasOfflineStore()) return () => {};
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const { queryKey, state } = event.query;
    if (!KEPT.has(pathOf(queryKey))) return;
    void offlineDb()
      .then((db) =>
        db.put('snapshots', {
          id: `${userId}|${JSON.stringify(queryKey)}`,
          userId,
          queryKey: [...queryKey],
          data: state.data,
          syncedAt: state.dataUpdatedAt,
        }),
      )
      .catch(() => undefined); // a full or blocked store must not break the screen
  });
}

/** Offline: this user's snapshots go back into the cache, dated when they were synced. */
export async function restoreSnapshots(queryClient: QueryClient, userId: string): Promise<void> {
  if (!hasOfflineStore()) return;
  const db = await offlineDb();
  for (const snap of await db.getAllFromIndex('snapshots', 'byUser', userId)) {
    if (queryClient.getQueryData(snap.queryKey)) continue;
    queryClient.setQueryData(snap.queryKey, snap.data, { updatedAt: snap.syncedAt });
  }
}
