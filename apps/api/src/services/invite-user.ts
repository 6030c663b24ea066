// An administrator invites a new user: the account is created with no usable password
// (a hash of a random secret nobody knows) and an emailed link lets them set their own.
import { randomBytes } from 'node:crypto';
import { type CreateUserInput, msg } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { issuePasswordToken } from '../auth/password-tokens.js';
import { hashPassword } from '../auth/passwords.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { assertUnitOpen, strip, type UserDto } from './user-guards.js';

export async function inviteUser(
  db: Kysely<Database>,
  actor: SessionUser,
  input: Omit<CreateUserInput, 'password'>,
  now: Date,
): Promise<{ user: UserDto; token: string }> {
  const unusable = await hashPassword(randomBytes(32).toString('base64url'));
  return db.transaction().execute(async (trx) => {
    await assertUnitOpen(trx, input.unitId);
    const taken = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', input.email)
      .executeTakeFirst();
    if (taken)
      throw badRequest(
        { vi: 'Email đã được dùng', en: 'This email is taken' },
        { fieldErrors: { email: [msg('emailTaken')] } },
      );
    const user = await trx
      .insertInto('users')
      .values({
        email: input.email,
        name: input.name,
        role: input.role,
        unit_id: input.unitId,
        password_hash: unusable,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const token = await issuePasswordToken(trx, { userId: user.id, purpose: 'invite', now });
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'user.invite',
      entity: 'user',
      entityId: user.id,
      unitId: user.unit_id,
      after: strip(user),
    });
    return { user: strip(user), token };
  });
}
