import { msg } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database, User } from '../db/schema.js';
import { badRequest } from '../errors.js';

export type UserDto = Omit<User, 'password_hash'>;
export const strip = ({ password_hash: _hash, ...user }: User): UserDto => user;

export async function assertUnitOpen(trx: Kysely<Database>, unitId: string) {
  const unit = await trx
    .selectFrom('units')
    .select('id')
    .where('id', '=', unitId)
    .where('closed_on', 'is', null)
    .executeTakeFirst();
  if (!unit)
    throw badRequest(
      { vi: 'Đơn vị không hợp lệ', en: 'Unknown unit' },
      { fieldErrors: { unitId: [msg('unitUnknown')] } },
    );
}
