// The outbox's sender: claims due deliveries and sends each through its channel, then
// records the outcome. Scope is checked at send time with the one scope expression, so
// nothing goes out for a unit the recipient can no longer see (moved, disabled, merged).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { type ClaimedDelivery, claimDeliveries } from '../services/claim-deliveries.js';
import { type DeliveryResult, finishDelivery } from '../services/finish-delivery.js';
import type { Mailer } from './mailer.js';
import { renderNoticeMail } from './render-notice-mail.js';
import { unsubscribeToken } from './unsubscribe-token.js';
import type { ZaloAdapter } from './zalo-adapter.js';

export interface Channels {
  mailer: Mailer;
  zalo: ZaloAdapter | null;
  /** Origin the links in messages point to (PUBLIC_ORIGIN, or localhost in the demo). */
  linkOrigin: string;
  /** The unsubscribe links' HMAC key (read lazily from app_secrets). */
  signingKey: () => Promise<string>;
}

/** Sends what is due now; returns how many deliveries it handled. */
export async function deliverNotices(
  db: Kysely<Database>,
  channels: Channels,
  now: Date,
  options?: { limit?: number; leaseMs?: number },
): Promise<number> {
  const claimed = await claimDeliveries(db, now, options);
  for (const delivery of claimed) {
    const result = await sendOne(delivery, channels);
    await finishDelivery(db, delivery, result, now);
  }
  return claimed.length;
}

async function sendOne(d: ClaimedDelivery, channels: Channels): Promise<DeliveryResult> {
  if (!d.isDeliverable) return { status: 'skipped', reason: 'out of scope or account disabled' };
  if (!d.wantsChannel) return { status: 'skipped', reason: 'channel turned off by the user' };
  const url = `${channels.linkOrigin}${d.link}`;
  const title = d.title[d.lang];
  const body = d.body[d.lang];
  if (d.channel === 'zalo') {
    if (!channels.zalo) return { status: 'skipped', reason: 'zalo channel not configured' };
    const outcome = await channels.zalo.sendText(d.zaloUserId, `${title}\n${body}\n${url}`);
    if (outcome.ok) return { status: 'sent' };
    return outcome.retry
      ? { status: 'error', reason: outcome.reason, retry: true, afterMs: outcome.afterMs }
      : { status: 'error', reason: outcome.reason, retry: false };
  }
  const token = unsubscribeToken(await channels.signingKey(), d.userId);
  const mail = renderNoticeMail({
    to: d.email,
    lang: d.lang,
    title,
    body,
    url,
    unsubscribeUrl: `${channels.linkOrigin}/notices/unsubscribe?t=${encodeURIComponent(token)}`,
  });
  try {
    await channels.mailer.send(mail);
    return { status: 'sent' };
  } catch (error) {
    // SMTP 5xx on the recipient is permanent; connection trouble and 4xx are worth a retry.
    const code = (error as { responseCode?: number }).responseCode;
    const retry = !(code && code >= 500 && code < 600);
    return { status: 'error', reason: String((error as Error).message ?? error), retry };
  }
}
