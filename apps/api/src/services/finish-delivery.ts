// The end of one send attempt: sent, skipped (nothing to send: out of scope, unsubscribed,
// channel off), retried later with backoff, or failed after the last attempt.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export const MAX_ATTEMPTS = 5;
/** 1 min, 5 min, 25 min, 2 h: a mail server down for a morning still gets the notice. */
export const backoffMs = (attempts: number) => 60_000 * 5 ** Math.max(0, attempts - 1);

export type DeliveryResult =
  | { status: 'sent' }
  | { status: 'skipped'; reason: string }
  | { status: 'error'; reason: string; retry: boolean; afterMs?: number };

export async function finishDelivery(
  db: Kysely<Database>,
  delivery: { id: string; attempts: number },
  result: DeliveryResult,
  now: Date,
): Promise<void> {
  const update = db
    .updateTable('notice_deliveries')
    .where('id', '=', delivery.id)
    .where('status', '=', 'sending');
  if (result.status === 'sent') {
    await update
      .set({ status: 'sent', sent_at: now, lease_until: null, last_error: null })
      .execute();
    return;
  }
  if (result.status === 'skipped') {
    await update.set({ status: 'skipped', last_error: result.reason, lease_until: null }).execute();
    return;
  }
  const canRetry = result.retry && delivery.attempts < MAX_ATTEMPTS;
  await update
    .set({
      status: canRetry ? 'pending' : 'failed',
      last_error: result.reason.slice(0, 500),
      lease_until: null,
      not_before: new Date(now.getTime() + (result.afterMs ?? backoffMs(delivery.attempts))),
    })
    .execute();
}
