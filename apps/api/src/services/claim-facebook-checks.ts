// Claims the connected pages whose daily check is due, for one process (decision 29, on
// the pattern of decision 23): FOR UPDATE SKIP LOCKED, and the claim (next_check_at moved
// a lease ahead) commits before Graph is called, so two replicas never check the same page
// at once and no lock is held across the network. A process that dies mid-check leaves
// the page due again when the lease ends; the checks' unique day key keeps the result once.
import { todayInVietnam } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export const CHECK_LEASE_MS = 10 * 60_000;

export interface ClaimedConnection {
  id: string;
  facebook_page_id: string;
  unit_id: string;
  graph_page_id: string;
  token_ciphertext: string;
  token_key_id: string;
  retries: number;
}

export async function claimFacebookChecks(
  db: Kysely<Database>,
  now: Date,
  limit: number,
): Promise<ClaimedConnection[]> {
  const today = todayInVietnam(now);
  // A unit closed by today is judged on nothing more: its page is not checked.
  const due = db
    .selectFrom('facebook_connections as c')
    .select('c.id')
    .where('c.status', '=', 'active')
    .where('c.next_check_at', '<=', now)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('units as u')
          .select('u.id')
          .whereRef('u.id', '=', 'c.unit_id')
          .where((eb) => eb.or([eb('u.closed_on', 'is', null), eb('u.closed_on', '>', today)])),
      ),
    )
    .orderBy('c.next_check_at')
    .limit(limit)
    .forUpdate()
    .skipLocked();
  return db
    .updateTable('facebook_connections')
    .set({ next_check_at: new Date(now.getTime() + CHECK_LEASE_MS) })
    .where('id', 'in', due)
    .where('status', '=', 'active')
    .returning([
      'id',
      'facebook_page_id',
      'unit_id',
      'graph_page_id',
      'token_ciphertext',
      'token_key_id',
      'retries',
    ])
    .execute();
}

/** The next day's check: 01:00 in Vietnam, a quiet hour for Graph and for people. */
export function nextDailyCheck(now: Date): Date {
  const today = todayInVietnam(now);
  const next = new Date(`${today}T01:00:00+07:00`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next;
}
