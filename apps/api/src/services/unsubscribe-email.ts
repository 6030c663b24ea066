// The unsubscribe link's effect: email notices off for that user (in-app ones stay),
// audited with no actor session, idempotent.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { appendAuditEvent } from './append-audit-event.js';

export async function unsubscribeEmail(db: Kysely<Database>, userId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['id', 'unit_id'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user) return false;
    await trx
      .insertInto('notice_preferences')
      .values({ user_id: userId, email: false })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet((eb) => ({
          email: false,
          version: eb('notice_preferences.version', '+', 1),
        })),
      )
      .execute();
    await appendAuditEvent(trx, {
      actorId: userId,
      action: 'notice.unsubscribe',
      entity: 'user',
      entityId: userId,
      unitId: user.unit_id,
      after: { email: false },
    });
    return true;
  });
}
