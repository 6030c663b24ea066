// Marks the user's own notices read (others' ids are silently not theirs to mark).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export async function markNoticesRead(
  db: Kysely<Database>,
  userId: string,
  ids: readonly string[] | 'all',
  now: Date,
): Promise<number> {
  let query = db
    .updateTable('notices')
    .set({ read_at: now })
    .where('recipient_id', '=', userId)
    .where('read_at', 'is', null);
  if (ids !== 'all') query = query.where('id', 'in', ids);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
