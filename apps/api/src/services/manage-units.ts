// Administrators change the hierarchy with effective dates. Nothing is rewritten: a move
// ends the old parent link and starts a new one, a close sets closed_on, so every past
// date still gives its own tree and past reports keep their unit.
import {
  type CloseUnitInput,
  type CreateUnitInput,
  canParent,
  type MoveUnitInput,
  type RenameUnitInput,
  subtreeIds,
  type UnitKind,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database, Unit } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { getHierarchy } from './get-hierarchy.js';

const UNIT_NOT_FOUND = { vi: 'Không tìm thấy đơn vị', en: 'Unit not found' };

async function lockUnit(trx: Kysely<Database>, unitId: string, version: number): Promise<Unit> {
  const unit = await trx
    .selectFrom('units')
    .selectAll()
    .where('id', '=', unitId)
    .forUpdate()
    .executeTakeFirst();
  if (!unit) throw notFound(UNIT_NOT_FOUND);
  if (unit.version !== version) throw conflict(unit);
  return unit;
}

async function assertParentFits(
  trx: Kysely<Database>,
  parentId: string,
  kind: UnitKind,
  on: string,
) {
  const tree = await getHierarchy(trx, on);
  const parent = tree.find((u) => u.id === parentId);
  if (!parent) {
    throw badRequest(
      {
        vi: 'Đơn vị cấp trên không tồn tại vào ngày này',
        en: 'The parent unit does not exist on that date',
      },
      { fieldErrors: { parentId: ['Đơn vị cấp trên không hợp lệ'] } },
    );
  }
  if (!canParent(parent.kind, kind)) {
    throw badRequest(
      {
        vi: 'Loại đơn vị này không thể trực thuộc đơn vị đã chọn',
        en: 'This kind of unit cannot sit under the chosen parent',
      },
      { fieldErrors: { parentId: ['Không thể trực thuộc đơn vị này'] } },
    );
  }
  return tree;
}

const audit = (
  trx: Kysely<Database>,
  actor: SessionUser,
  action: string,
  before: Unit | null,
  after: Unit,
) =>
  appendAuditEvent(trx, {
    actorId: actor.id,
    action,
    entity: 'unit',
    entityId: after.id,
    unitId: after.id,
    before,
    after,
  });

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
        { fieldErrors: { code: ['Mã đơn vị đã được dùng'] } },
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

export async function renameUnit(db: Kysely<Database>, actor: SessionUser, input: RenameUnitInput) {
  return db.transaction().execute(async (trx) => {
    const before = await lockUnit(trx, input.unitId, input.version);
    const after = await trx
      .updateTable('units')
      .set((eb) => ({ name: input.name, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, actor, 'unit.rename', before, after);
    return after;
  });
}

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

export async function closeUnit(db: Kysely<Database>, actor: SessionUser, input: CloseUnitInput) {
  return db.transaction().execute(async (trx) => {
    const before = await lockUnit(trx, input.unitId, input.version);
    if (input.closedOn <= before.opened_on) {
      throw badRequest(
        {
          vi: 'Ngày giải thể phải sau ngày thành lập',
          en: 'The closing date must follow the opening date',
        },
        { fieldErrors: { closedOn: ['Ngày không hợp lệ'] } },
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
        { fieldErrors: { mergedIntoId: ['Không hợp lệ'] } },
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
