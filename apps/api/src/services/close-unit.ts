// Closes (or merges) a unit from a date. Units still under it must be moved first, so nothing is orphaned.
import { type CloseUnitInput, msg } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { getHierarchy } from './get-hierarchy.js';
import { audit, lockUnit } from './unit-guards.js';

export async function closeUnit(db: Kysely<Database>, actor: SessionUser, input: CloseUnitInput) {
  return db.transaction().execute(async (trx) => {
    const before = await lockUnit(trx, input.unitId, input.version);
    if (input.closedOn <= before.opened_on) {
      throw badRequest(
        {
          vi: 'Ngày giải thể phải sau ngày thành lập',
          en: 'The closing date must follow the opening date',
        },
        { fieldErrors: { closedOn: [msg('closingBeforeOpening')] } },
      );
    }
    const tree = await getHierarchy(trx, input.closedOn);
    if (tree.some((u) => u.parentId === before.id)) {
      throw badRequest({
        vi: 'Hãy chuyển các đơn vị trực thuộc sang đơn vị khác trước khi giải thể',
        en: 'Move the units below it elsewhere before closing it',
      });
    }
    if (input.mergedIntoId && !tree.some((u) => u.id === input.mergedIntoId)) {
      throw badRequest(
        {
          vi: 'Đơn vị sáp nhập vào không tồn tại vào ngày này',
          en: 'The unit merged into does not exist on that date',
        },
        { fieldErrors: { mergedIntoId: [msg('mergedIntoMissing')] } },
      );
    }
    const after = await trx
      .updateTable('units')
      .set((eb) => ({
        closed_on: input.closedOn,
        merged_into: input.mergedIntoId ?? null,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, actor, 'unit.close', before, after);
    return after;
  });
}
