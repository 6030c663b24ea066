// The outbox's claim: due deliveries taken with FOR UPDATE SKIP LOCKED, so replicas racing
// for the same rows each get different ones, and marked `sending` with a lease before the
// transaction commits, so no lock is held while a mail is on the wire (PGlite has one
// connection; a transaction held open across a send would stop the whole app). A row still
// `sending` after its lease is a send cut off mid-way (kill -9): it is marked failed, never
// retried by itself, because it may have gone out — at most once (decision 23).
import { todayInVietnam } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import { unitInScope } from '../access/unit-scope.js';
import type { Database } from '../db/schema.js';

export interface ClaimedDelivery {
  id: string;
  channel: 'email' | 'zalo';
  attempts: number;
  noticeId: string;
  title: { vi: string; en: string };
  body: { vi: string; en: string };
  link: string;
  userId: string;
  email: string;
  lang: 'vi' | 'en';
  zaloUserId: string;
  wantsChannel: boolean;
  /** False when the recipient is disabled or can no longer see the notice's unit. */
  isDeliverable: boolean;
}

export const INTERRUPTED =
  'interrupted: the sending process stopped mid-send; not retried so it is never sent twice';

export async function claimDeliveries(
  db: Kysely<Database>,
  now: Date,
  { limit = 20, leaseMs = 120_000 } = {},
): Promise<ClaimedDelivery[]> {
  await db
    .updateTable('notice_deliveries')
    .set({ status: 'failed', last_error: INTERRUPTED, lease_until: null })
    .where('status', '=', 'sending')
    .where('lease_until', '<', now)
    .execute();
  const claimed = await db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ id: string }>`
      UPDATE notice_deliveries SET status = 'sending', attempts = attempts + 1,
        lease_until = ${new Date(now.getTime() + leaseMs)}
      WHERE id IN (SELECT id FROM notice_deliveries
        WHERE status = 'pending' AND not_before <= ${now}
        ORDER BY not_before LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING id`.execute(trx);
    return rows.map((r) => r.id);
  });
  if (claimed.length === 0) return [];
  const user = { role: sql`u.role`, unitId: sql`u.unit_id` };
  const today = todayInVietnam(now);
  const rows = await db
    .selectFrom('notice_deliveries as d')
    .innerJoin('notices as n', 'n.id', 'd.notice_id')
    .innerJoin('users as u', 'u.id', 'n.recipient_id')
    .leftJoin('notice_preferences as p', 'p.user_id', 'u.id')
    .select([
      'd.id',
      'd.channel',
      'd.attempts',
      'n.id as noticeId',
      'n.title',
      'n.body',
      'n.link',
      'u.id as userId',
      'u.email',
      sql<'vi' | 'en'>`coalesce(p.lang, 'vi')`.as('lang'),
      sql<string>`coalesce(p.zalo_user_id, '')`.as('zaloUserId'),
      sql<boolean>`CASE WHEN d.channel = 'email' THEN coalesce(p.email, true)
        ELSE coalesce(p.zalo, false) END`.as('wantsChannel'),
      sql<boolean>`(u.is_disabled = false AND (n.unit_id IS NULL OR
        ${unitInScope('unit.read', user, sql`n.unit_id`, today)}))`.as('isDeliverable'),
    ])
    .where('d.id', 'in', claimed)
    .execute();
  return rows as ClaimedDelivery[];
}
