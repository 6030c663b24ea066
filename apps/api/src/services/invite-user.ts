// An administrator invites a new user: the account is created with no usable password
// (a hash of a random secret nobody knows) and an emailed link lets them set their own.
import { randomBytes } from 'node:crypto';
import type { CreateUserInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { issuePasswordToken } from '../auth/password-tokens.js';
import { hashPassword } from '../auth/passwords.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { insertUser } from './insert-user.js';
import type { UserDto } from './user-guards.js';

export async function inviteUser(
  db: Kysely<Database>,
  actor: SessionUser,
  input: Omit<CreateUserInput, 'password'>,
  now: Date,
): Promise<{ user: UserDto; token: string }> {
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  return db.transaction().execute(async (trx) => {
    const user = await insertUser(trx, actor, { ...input, passwordHash }, 'user.invite');
    const token = await issuePasswordToken(trx, { userId: user.id, purpose: 'invite', now });
    return { user, token };
  });
}
