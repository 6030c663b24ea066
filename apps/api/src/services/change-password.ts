// A signed-in user changes their own password: the current one is required, and every
// other session of theirs ends (a stolen session does not outlive the change).
import { msg } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';

const WRONG_CURRENT = {
  vi: 'Mật khẩu hiện tại không đúng.',
  en: 'The current password is wrong.',
};

export async function changePassword(
  db: Kysely<Database>,
  actor: SessionUser,
  input: { currentPassword: string; newPassword: string },
  now: Date,
): Promise<{ revokedSessions: number }> {
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', actor.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, input.currentPassword)))
    throw badRequest(WRONG_CURRENT, {
      fieldErrors: { currentPassword: [msg('currentPasswordWrong')] },
    });
  const newHash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set((eb) => ({ password_hash: newHash, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', actor.id)
      .execute();
    const revoked = await trx
      .updateTable('sessions')
      .set({ revoked_at: now })
      .where('user_id', '=', actor.id)
      .where('revoked_at', 'is', null)
      .where(sql<boolean>`id::text <> ${actor.sessionId}`)
      .executeTakeFirst();
    const revokedSessions = Number(revoked.numUpdatedRows);
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'user.password-change',
      entity: 'user',
      entityId: actor.id,
      unitId: actor.unitId,
      after: { revokedSessions },
    });
    return { revokedSessions };
  });
}
