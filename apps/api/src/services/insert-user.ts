// An account is born the same way whether an administrator sets its first password or
// invites the user to set it: the unit must be open, the email free, and the new row is
// audited with the rest of the caller's transaction.
import { type CreateUserInput, msg } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { assertUnitOpen, strip, type UserDto } from './user-guards.js';

export interface NewUser extends Omit<CreateUserInput, 'password'> {
  /** Hashed before the transaction: argon2 is slow and would hold its locks. */
  passwordHash: string;
}

/** Inserts the account inside the caller's transaction; `action` says how it was made. */
export async function insertUser(
  trx: Kysely<Database>,
  actor: SessionUser,
  input: NewUser,
  action: 'user.create' | 'user.invite',
): Promise<UserDto> {
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
      password_hash: input.passwordHash,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAuditEvent(trx, {
    actorId: actor.id,
    action,
    entity: 'user',
    entityId: user.id,
    unitId: user.unit_id,
    after: strip(user),
  });
  return strip(user);
}
