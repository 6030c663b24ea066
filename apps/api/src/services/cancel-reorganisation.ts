// Cancels a planned reorganisation before its date: every row it wrote is removed or
// restored in one transaction. Refused once its date has come, when a later change builds
// on the units it touched, or when a unit it created already holds data (CONFLICT).
import type { IsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database, ReorganisationWritten } from '../db/schema.js';
import { AppError, conflict, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { hasLaterUnitChanges } from './has-later-unit-changes.js';
import { toReorganisationDto } from './reorganisation-dto.js';

const NOT_FOUND = { vi: 'Không tìm thấy đợt sắp xếp', en: 'Reorganisation not found' };
const refused = (vi: string, en: string) => new AppError('CONFLICT', { vi, en });

async function assertUndoable(trx: Kysely<Database>, w: ReorganisationWritten, on: IsoDate) {
  const ours = [...w.touchedUnitIds, ...w.createdUnitIds];
  if (ours.length === 0) return;
  const [isLater, users, children] = await Promise.all([
    hasLaterUnitChanges(trx, ours, { on, isSameDayLater: false }),
    w.createdUnitIds.length === 0
      ? []
      : trx.selectFrom('users').select('id').where('unit_id', 'in', w.createdUnitIds).execute(),
    w.createdUnitIds.length === 0
      ? []
      : trx
          .selectFrom('unit_links')
          .select('id')
          .where('parent_id', 'in', w.createdUnitIds)
          .where('id', 'not in', w.insertedLinkIds)
          .execute(),
  ]);
  if (isLater) {
    throw refused(
      'Một đợt sắp xếp sau đã thay đổi các đơn vị này; hãy hủy đợt đó trước',
      'A later reorganisation changes these units; cancel it first',
    );
  }
  if (users.length + children.length > 0) {
    throw refused(
      'Đơn vị mới của đợt này đã có tài khoản hoặc đơn vị trực thuộc khác; không thể hủy',
      'A unit this reorganisation created already has accounts or other units under it; it cannot be cancelled',
    );
  }
}

async function undo(trx: Kysely<Database>, w: ReorganisationWritten) {
  if (w.nameIds.length) await trx.deleteFrom('unit_names').where('id', 'in', w.nameIds).execute();
  if (w.closedUnitIds.length) {
    await trx.deleteFrom('unit_successors').where('unit_id', 'in', w.closedUnitIds).execute();
    await trx
      .updateTable('units')
      .set({ closed_on: null, merged_into: null })
      .where('id', 'in', w.closedUnitIds)
      .execute();
  }
  if (w.insertedLinkIds.length)
    await trx.deleteFrom('unit_links').where('id', 'in', w.insertedLinkIds).execute();
  if (w.endedLinkIds.length) {
    await trx
      .updateTable('unit_links')
      .set({ valid_to: null })
      .where('id', 'in', w.endedLinkIds)
      .execute();
  }
  if (w.createdUnitIds.length) {
    await trx
      .deleteFrom('unit_ancestors')
      .where((eb) =>
        eb.or([eb('unit_id', 'in', w.createdUnitIds), eb('ancestor_id', 'in', w.createdUnitIds)]),
      )
      .execute();
    // The province a new unit belonged to (decision 20) goes with it.
    await trx
      .deleteFrom('unit_tenants')
      .where((eb) =>
        eb.or([eb('unit_id', 'in', w.createdUnitIds), eb('tenant_id', 'in', w.createdUnitIds)]),
      )
      .execute();
    // A report or record made for a new unit keeps it: the foreign key refuses the delete.
    await trx.deleteFrom('units').where('id', 'in', w.createdUnitIds).execute();
  }
  if (w.touchedUnitIds.length) {
    await trx
      .updateTable('units')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', 'in', w.touchedUnitIds)
      .execute();
  }
}

export async function cancelReorganisation(
  db: Kysely<Database>,
  actor: SessionUser,
  input: { id: string; version: number },
  today: IsoDate,
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('reorganisations')
      .selectAll()
      .where('id', '=', input.id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound(NOT_FOUND);
    if (row.version !== input.version) throw conflict(toReorganisationDto(row, today));
    if (!toReorganisationDto(row, today).canCancel) {
      throw refused(
        'Chỉ hủy được đợt sắp xếp chưa đến ngày hiệu lực',
        'Only a reorganisation whose date has not come can be cancelled',
      );
    }
    const written = row.written as unknown as ReorganisationWritten;
    await assertUndoable(trx, written, row.effective_on);
    await undo(trx, written);
    const after = await trx
      .updateTable('reorganisations')
      .set((eb) => ({
        status: 'cancelled',
        cancelled_by: actor.id,
        cancelled_at: new Date(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'reorganisation.cancel',
      entity: 'reorganisation',
      entityId: row.id,
      before: { status: row.status },
      after: { status: 'cancelled', written },
    });
    return toReorganisationDto(after, today);
  });
}
