// Administrators create accounts; there is no self sign-up and no default password.
import { type CreateUserInput, msg } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { assertUnitOpen, strip, type UserDto } from './user-guards.js';

export async function createUser(
  db: Kysely<Database>,
  actor: SessionUser,
  input: CreateUserInput,
): Promise<UserDto> {
  const passwordHash = await hashPassword(input.password);
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
        password_hash: passwordHash,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'user.create',
      entity: 'user',
      entityId: user.id,
      unitId: user.unit_id,
      after: strip(user),
    });
    return strip(user);
  });
}
