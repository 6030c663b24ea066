// The bell and its list: the user's own notices, newest first, and how many are unread.
// A notice about a unit the user can no longer see is not shown (the one scope expression).
import { type Kysely, sql } from 'kysely';
import { unitInScope } from '../access/unit-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';

const visibleTo = (user: SessionUser, today: string) =>
  sql<boolean>`(n.unit_id IS NULL OR ${unitInScope('unit.read', user, sql`n.unit_id`, today)})`;

export async function listMyNotices(
  db: Kysely<Database>,
  user: SessionUser,
  today: string,
  { limit = 50 } = {},
) {
  const [items, unread] = await Promise.all([
    db
      .selectFrom('notices as n')
      .select([
        'n.id',
        'n.kind',
        'n.title',
        'n.body',
        'n.link',
        'n.unit_id as unitId',
        'n.created_at as createdAt',
        'n.read_at as readAt',
      ])
      .where('n.recipient_id', '=', user.id)
      .where(visibleTo(user, today))
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id')
      .limit(limit)
      .execute(),
    countUnread(db, user, today),
  ]);
  return { items, unread };
}

export async function countUnread(db: Kysely<Database>, user: SessionUser, today: string) {
  const row = await db
    .selectFrom('notices as n')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('n.recipient_id', '=', user.id)
    .where('n.read_at', 'is', null)
    .where(visibleTo(user, today))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
