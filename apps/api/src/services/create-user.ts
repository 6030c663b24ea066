// Administrators create accounts; there is no self sign-up and no default password.
import type { CreateUserInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { insertUser } from './insert-user.js';
import type { UserDto } from './user-guards.js';

export async function createUser(
  db: Kysely<Database>,
  actor: SessionUser,
  { password, ...input }: CreateUserInput,
): Promise<UserDto> {
  const passwordHash = await hashPassword(password);
  return db
    .transaction()
    .execute((trx) => insertUser(trx, actor, { ...input, passwordHash }, 'user.create'));
}
