// A cadre's phone for component tests of offline work: the offline store opened for the
// cadre before each test and emptied after it, and `navigator.onLine` under the test's
// control (offline unless a test says otherwise).
import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, vi } from 'vitest';
import { clearOfflineStore, offlineDb } from '../features/offline/offline-db';
import { startOfflineSync, stopOfflineSync } from '../features/offline/offline-sync';
import { listQueue } from '../features/offline/sync-queue';
import type { SessionUser } from '../lib/auth';

export const cadre: SessionUser = {
  id: 'user-cadre',
  email: 'cadre@example.vn',
  name: 'Cán bộ',
  role: 'cadre',
  unit: { id: 'u-rg', code: 'KG-RG', name: 'Rạch Giá' },
};

/** Registers the hooks; the returned switch is what `navigator.onLine` answers. */
export function offlinePhone(): { isOnline: boolean } {
  const network = { isOnline: false };
  beforeEach(async () => {
    network.isOnline = false;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => network.isOnline);
    await startOfflineSync(new QueryClient(), cadre);
  });
  afterEach(async () => {
    stopOfflineSync();
    await clearOfflineStore();
  });
  return network;
}

/** The cadre's queue as the phone keeps it. */
export const queued = async () => listQueue(await offlineDb(), cadre.id);
