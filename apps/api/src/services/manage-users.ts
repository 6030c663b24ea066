// Administrators create users and change their role, unit or status. Disabling a user
// ends their sessions in the same transaction, so it takes effect on their next request.
import type { CreateUserInput, UpdateUserInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database, User } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';

export type UserDto = Omit<User, 'password_hash'>;
const strip = ({ password_hash: _hash, ...user }: User): UserDto => user;

async function assertUnitOpen(trx: Kysely<Database>, unitId: string) {
  const unit = await trx
    .selectFrom('units')
    .select('id')
    .where('id', '=', unitId)
    .where('closed_on', 'is', null)
    .executeTakeFirst();
  if (!unit)
    throw badRequest(
      { vi: 'Đơn vị không hợp lệ', en: 'Unknown unit' },
      { fieldErrors: { unitId: ['Đơn vị không hợp lệ'] } },
    );
}

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
        { fieldErrors: { email: ['Email đã được dùng'] } },
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

export async function updateUser(
  db: Kysely<Database>,
  actor: SessionUser,
  input: UpdateUserInput,
): Promise<UserDto> {
  if (
    input.id === actor.id &&
    (input.isDisabled === true || (input.role && input.role !== 'admin'))
  ) {
    throw badRequest({
      vi: 'Bạn không thể tự khóa hoặc hạ quyền tài khoản của mình',
      en: 'You cannot disable or demote yourself',
    });
  }
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('users')
      .selectAll()
      .where('id', '=', input.id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound({ vi: 'Không tìm thấy người dùng', en: 'User not found' });
    if (before.version !== input.version) throw conflict(strip(before));
    if (input.unitId) await assertUnitOpen(trx, input.unitId);
    const after = await trx
      .updateTable('users')
      .set((eb) => ({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.unitId !== undefined ? { unit_id: input.unitId } : {}),
        ...(input.isDisabled !== undefined ? { is_disabled: input.isDisabled } : {}),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (after.is_disabled || after.role !== before.role || after.unit_id !== before.unit_id) {
      // New powers or none: old sessions must not carry the old ones.
      await trx
        .updateTable('sessions')
        .set({ revoked_at: new Date() })
        .where('user_id', '=', after.id)
        .where('revoked_at', 'is', null)
        .execute();
    }
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'user.update',
      entity: 'user',
      entityId: after.id,
      unitId: after.unit_id,
      before: strip(before),
      after: strip(after),
    });
    return strip(after);
  });
}
