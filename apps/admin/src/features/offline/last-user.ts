// Who last signed in on this phone, for opening the app offline (auth.ts asks when
// /auth/me cannot be reached). Deleted with the rest of the store at sign-out.
import type { SessionUser } from '../../lib/auth';
import { hasOfflineStore, offlineDb } from './offline-db';

export async function lastSignedInUser(): Promise<SessionUser | null> {
  if (!hasOfflineStore()) return null;
  const row = await (await offlineDb()).get('meta', 'user');
  return (row?.value as SessionUser | undefined) ?? null;
}
