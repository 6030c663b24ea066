// Shared by the unit services: lock with a version check, parent rules as of a date, audit.
import { type AuditAction, canParent, msg, type UnitKind } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database, Unit } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { getHierarchy } from './get-hierarchy.js';

export const UNIT_NOT_FOUND = { vi: 'Không tìm thấy đơn vị', en: 'Unit not found' };

export async function lockUnit(
  trx: Kysely<Database>,
  unitId: string,
  version: number,
): Promise<Unit> {
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

export async function assertParentFits(
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
      { fieldErrors: { parentId: [msg('parentMissing')] } },
    );
  }
  if (!canParent(parent.kind, kind)) {
    throw badRequest(
      {
        vi: 'Loại đơn vị này không thể trực thuộc đơn vị đã chọn',
        en: 'This kind of unit cannot sit under the chosen parent',
      },
      { fieldErrors: { parentId: [msg('parentKindMismatch')] } },
    );
  }
  return tree;
}

export const audit = (
  trx: Kysely<Database>,
  actor: SessionUser,
  action: AuditAction,
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
