// Administrators change a role, unit, name or status. Disabling, or changing role or unit, ends the user's sessions in the same transaction.
import type { UpdateUserInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { assertUnitOpen, strip, type UserDto } from './user-guards.js';

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
