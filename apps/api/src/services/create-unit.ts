// Administrators open a unit under a parent that may hold its kind on that date.
import { type CreateUnitInput, msg } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { assertParentFits, audit } from './unit-guards.js';

export async function createUnit(db: Kysely<Database>, actor: SessionUser, input: CreateUnitInput) {
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('units')
      .select('id')
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (taken)
      throw badRequest(
        { vi: 'Mã đơn vị đã được dùng', en: 'This unit code is taken' },
        { fieldErrors: { code: [msg('unitCodeTaken')] } },
      );
    if (input.parentId) await assertParentFits(trx, input.parentId, input.kind, input.openedOn);
    const unit = await trx
      .insertInto('units')
      .values({ code: input.code, name: input.name, kind: input.kind, opened_on: input.openedOn })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (input.parentId) {
      await trx
        .insertInto('unit_links')
        .values({ unit_id: unit.id, parent_id: input.parentId, valid_from: input.openedOn })
        .execute();
    }
    await audit(trx, actor, 'unit.create', null, unit);
    return unit;
  });
}
