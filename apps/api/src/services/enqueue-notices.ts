// Writes notices into the outbox, inside the caller's transaction: the returned report's
// notice exists exactly when the return does. The unique key (recipient, kind, subject,
// period) turns a second write of the same notice, by a retry or another replica, into
// nothing (decision 23). Each new notice gets one delivery per channel its recipient
// chose, held until their quiet hours end.
import { type NoticeKind, type NoticeText, releaseAfterQuietHours } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface NewNotice {
  recipientId: string;
  kind: NoticeKind;
  subjectKey: string;
  periodKey: string;
  unitId: string | null;
  text: NoticeText;
  /** The admin app's path of the exact page, e.g. /units/<id>. */
  link: string;
}

const CHUNK = 400;

/** Inserts what is new; returns how many notices were new. */
export async function enqueueNotices(
  trx: Kysely<Database>,
  notices: readonly NewNotice[],
  now: Date,
): Promise<number> {
  let created = 0;
  for (let i = 0; i < notices.length; i += CHUNK) {
    created += await enqueueChunk(trx, notices.slice(i, i + CHUNK), now);
  }
  return created;
}

async function enqueueChunk(trx: Kysely<Database>, notices: readonly NewNotice[], now: Date) {
  if (notices.length === 0) return 0;
  const inserted = await trx
    .insertInto('notices')
    .values(
      notices.map((n) => ({
        recipient_id: n.recipientId,
        kind: n.kind,
        subject_key: n.subjectKey,
        period_key: n.periodKey,
        unit_id: n.unitId,
        title: JSON.stringify(n.text.title),
        body: JSON.stringify(n.text.body),
        link: n.link,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.constraint('notices_once').doNothing())
    .returning(['id', 'recipient_id'])
    .execute();
  if (inserted.length === 0) return 0;
  const recipients = [...new Set(inserted.map((n) => n.recipient_id))];
  const prefs = await trx
    .selectFrom('notice_preferences')
    .selectAll()
    .where('user_id', 'in', recipients)
    .execute();
  const prefOf = new Map(prefs.map((p) => [p.user_id, p]));
  const deliveries = inserted.flatMap((n) => {
    const p = prefOf.get(n.recipient_id);
    const quiet = { startMinute: p?.quiet_start ?? 21 * 60, endMinute: p?.quiet_end ?? 7 * 60 };
    const notBefore = releaseAfterQuietHours(now, quiet);
    const channels: ('email' | 'zalo')[] = [];
    if (p?.email ?? true) channels.push('email');
    if (p?.zalo && p.zalo_user_id !== '') channels.push('zalo');
    return channels.map((channel) => ({ notice_id: n.id, channel, not_before: notBefore }));
  });
  if (deliveries.length > 0) {
    await trx
      .insertInto('notice_deliveries')
      .values(deliveries)
      .onConflict((oc) => oc.constraint('notice_deliveries_once').doNothing())
      .execute();
  }
  return inserted.length;
}
