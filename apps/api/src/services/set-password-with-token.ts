// Completes a reset or an invitation: the link's token must be unused and unexpired; it
// is spent in the same transaction that sets the password, every session of the account
// ends, and the event is audited.
import type { Kysely } from 'kysely';
import { hashPasswordToken } from '../auth/password-tokens.js';
import { hashPassword } from '../auth/passwords.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';

export const LINK_NOT_VALID = {
  vi: 'Liên kết đã hết hạn hoặc đã được dùng. Vui lòng yêu cầu liên kết mới.',
  en: 'This link has expired or was already used. Please ask for a new one.',
};

export async function setPasswordWithToken(
  db: Kysely<Database>,
  input: { token: string; password: string; now: Date; address: string },
): Promise<{ email: string }> {
  const newHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const link = await trx
      .selectFrom('password_tokens as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .select([
        't.id',
        't.purpose',
        't.expires_at',
        't.used_at',
        'u.id as userId',
        'u.email',
        'u.unit_id',
        'u.is_disabled',
      ])
      .where('t.token_hash', '=', hashPasswordToken(input.token))
      .forUpdate(['t'])
      .executeTakeFirst();
    if (!link || link.used_at || link.is_disabled || new Date(link.expires_at) <= input.now)
      throw new AppError('BAD_REQUEST', LINK_NOT_VALID, { reason: 'link' });
    await trx
      .updateTable('password_tokens')
      .set({ used_at: input.now })
      .where('id', '=', link.id)
      .execute();
    await trx
      .updateTable('users')
      .set((eb) => ({
        password_hash: newHash,
        updated_at: input.now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', link.userId)
      .execute();
    await trx
      .updateTable('sessions')
      .set({ revoked_at: input.now })
      .where('user_id', '=', link.userId)
      .where('revoked_at', 'is', null)
      .execute();
    await appendAuditEvent(trx, {
      actorId: link.userId,
      action: link.purpose === 'reset' ? 'user.password-reset' : 'user.invitation-accepted',
      entity: 'user',
      entityId: link.userId,
      unitId: link.unit_id,
      after: { address: input.address },
    });
    return { email: link.email };
  });
}
