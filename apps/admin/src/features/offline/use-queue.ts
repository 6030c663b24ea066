// The signed-in user's queued changes, read again whenever the queue changes: for the
// offline bar and for screens that show what still waits (a record made offline).
import { useCallback, useEffect, useState } from 'react';
import { hasOfflineStore, offlineDb } from './offline-db';
import { onQueueChanged, signedInUserId } from './offline-sync';
import type { QueuedChange } from './queue-types';
import { listQueue } from './sync-queue';

export function useQueue(): QueuedChange[] {
  const [items, setItems] = useState<QueuedChange[]>([]);
  const reload = useCallback(async () => {
    const userId = signedInUserId();
    if (!userId || !hasOfflineStore()) return setItems([]);
    setItems(await listQueue(await offlineDb(), userId));
  }, []);
  useEffect(() => {
    void reload();
    return onQueueChanged(() => void reload());
  }, [reload]);
  return items;
}
