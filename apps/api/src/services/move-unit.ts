// Moves a unit under another parent from an effective date: the old link ends, a new one starts, history stays (decision 1).
import { type MoveUnitInput, subtreeIds, type UnitKind } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { assertParentFits, lockUnit } from './unit-guards.js';

export async function moveUnit(db: Kysely<Database>, actor: SessionUser, input: MoveUnitInput) {
  return db.transaction().execute(async (trx) => {
    const before = await lockUnit(trx, input.unitId, input.version);
    const tree = await assertParentFits(
      trx,
      input.parentId,
      before.kind as UnitKind,
      input.effectiveOn,
    );
    if (subtreeIds(tree, before.id).has(input.parentId)) {
      throw badRequest({
        vi: 'Không thể chuyển đơn vị vào cấp dưới của chính nó',
        en: 'A unit cannot move under its own descendant',
      });
    }
    const current = await trx
      .selectFrom('unit_links')
      .selectAll()
      .where('unit_id', '=', before.id)
      .where('valid_to', 'is', null)
      .executeTakeFirst();
    if (current && current.valid_from >= input.effectiveOn) {
      throw badRequest({
        vi: 'Ngày hiệu lực phải sau lần chuyển trước',
        en: 'The effective date must follow the previous move',
      });
    }
    if (current)
      await trx
        .updateTable('unit_links')
        .set({ valid_to: input.effectiveOn })
        .where('id', '=', current.id)
        .execute();
    await trx
      .insertInto('unit_links')
      .values({ unit_id: before.id, parent_id: input.parentId, valid_from: input.effectiveOn })
      .execute();
    const after = await trx
      .updateTable('units')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'unit.move',
      entity: 'unit',
      entityId: before.id,
      unitId: before.id,
      before: { parentId: current?.parent_id ?? null },
      after: { parentId: input.parentId, effectiveOn: input.effectiveOn },
    });
    return after;
  });
}
