// The administrators' page of sent and failed notices: each delivery with its recipient,
// channel, status, attempts and last error, limited to recipients in the admin's scope.
import { type Kysely, sql } from 'kysely';
import { unitInScope } from '../access/unit-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { DeliveryStatus } from '../db/notice-schema.js';
import type { Database } from '../db/schema.js';

export async function listDeliveries(
  db: Kysely<Database>,
  admin: SessionUser,
  today: string,
  { status, limit }: { status: DeliveryStatus | 'all'; limit: number },
) {
  let query = db
    .selectFrom('notice_deliveries as d')
    .innerJoin('notices as n', 'n.id', 'd.notice_id')
    .innerJoin('users as u', 'u.id', 'n.recipient_id')
    .select([
      'd.id',
      'd.channel',
      'd.status',
      'd.attempts',
      'd.last_error as lastError',
      'd.sent_at as sentAt',
      'd.not_before as notBefore',
      'd.created_at as createdAt',
      'n.kind',
      'n.title',
      'u.email',
      'u.name',
    ])
    .where(unitInScope('user.manage', admin, sql`u.unit_id`, today))
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id')
    .limit(limit);
  if (status !== 'all') query = query.where('d.status', '=', status);
  return query.execute();
}
