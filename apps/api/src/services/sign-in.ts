// A checked user signs in: the session and its audit event are written in one transaction,
// so every live session has a "user.sign-in" event naming the address it came from.
import type { Kysely } from 'kysely';
import { createSession, type SessionPolicy } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { appendAuditEvent } from './append-audit-event.js';

export const SIGN_IN_ACTION = 'user.sign-in';

export async function signIn(
  db: Kysely<Database>,
  input: { userId: string; policy: SessionPolicy; address: string },
): Promise<{ token: string; expiresAt: Date }> {
  return db.transaction().execute(async (trx) => {
    const session = await createSession(trx, input.userId, input.policy);
    const user = await trx
      .selectFrom('users')
      .select('unit_id')
      .where('id', '=', input.userId)
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: input.userId,
      action: SIGN_IN_ACTION,
      entity: 'user',
      entityId: input.userId,
      unitId: user.unit_id,
      after: { address: input.address },
    });
    return session;
  });
}
