// A user signs out: the session ends and a "user.sign-out" event is written in one
// transaction.
import type { Kysely } from 'kysely';
import { revokeSession, type SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { appendAuditEvent } from './append-audit-event.js';

export const SIGN_OUT_ACTION = 'user.sign-out';

export async function signOut(
  db: Kysely<Database>,
  user: Pick<SessionUser, 'id' | 'sessionId' | 'unitId'>,
  address: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await revokeSession(trx, user.sessionId);
    await appendAuditEvent(trx, {
      actorId: user.id,
      action: SIGN_OUT_ACTION,
      entity: 'user',
      entityId: user.id,
      unitId: user.unitId,
      after: { address },
    });
  });
}
