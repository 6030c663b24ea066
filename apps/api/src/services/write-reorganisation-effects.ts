// Writes what a reorganisation changes, all dated its effective day: new units and their
// links, moves (the old link ends, a new one starts), dated names, closures. Each change is
// audited on its unit; the ids written are returned so a planned one can be cancelled.
import type { AuditAction, IsoDate, ReorganisationEffects } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database, ReorganisationWritten } from '../db/schema.js';
import { appendAuditEvent } from './append-audit-event.js';

export interface EffectsToWrite {
  reorganisationId: string;
  effectiveOn: IsoDate;
  effects: ReorganisationEffects;
  /** Existing units by code; new ones are added as they are created. */
  idOf: ReadonlyMap<string, string>;
  isSample: boolean;
}

export async function writeReorganisationEffects(
  trx: Kysely<Database>,
  actor: SessionUser | null,
  input: EffectsToWrite,
): Promise<ReorganisationWritten> {
  const { effects, effectiveOn: on, reorganisationId } = input;
  const ids = new Map(input.idOf);
  const idOf = (code: string) => ids.get(code) as string;
  const written: ReorganisationWritten = {
    createdUnitIds: [],
    insertedLinkIds: [],
    endedLinkIds: [],
    nameIds: [],
    closedUnitIds: [],
    touchedUnitIds: [],
  };
  const audit = (action: AuditAction, unitId: string, before: unknown, after: unknown) =>
    appendAuditEvent(trx, {
      actorId: actor?.id ?? null,
      action,
      entity: 'unit',
      entityId: unitId,
      unitId,
      before,
      after: { ...(after as object), reorganisationId, effectiveOn: on },
    });
  const link = async (unitId: string, parentId: string) => {
    const row = await trx
      .insertInto('unit_links')
      .values({ unit_id: unitId, parent_id: parentId, valid_from: on })
      .returning('id')
      .executeTakeFirstOrThrow();
    written.insertedLinkIds.push(row.id);
  };
  for (const unit of effects.created) {
    const row = await trx
      .insertInto('units')
      .values({
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        opened_on: on,
        is_sample: input.isSample,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    ids.set(unit.code, row.id);
    written.createdUnitIds.push(row.id);
    if (unit.parentCode) await link(row.id, idOf(unit.parentCode));
    await audit('unit.create', row.id, null, row);
  }
  for (const move of effects.moved) {
    const unitId = idOf(move.code);
    const ended = await trx
      .updateTable('unit_links')
      .set({ valid_to: on })
      .where('unit_id', '=', unitId)
      .where('valid_to', 'is', null)
      .returning(['id', 'parent_id'])
      .execute();
    written.endedLinkIds.push(...ended.map((l) => l.id));
    await link(unitId, idOf(move.to));
    await audit(
      'unit.move',
      unitId,
      { parentId: ended[0]?.parent_id ?? null },
      {
        parentId: idOf(move.to),
      },
    );
  }
  for (const rename of effects.renamed) {
    const unitId = idOf(rename.code);
    const row = await trx
      .insertInto('unit_names')
      .values({
        unit_id: unitId,
        name: rename.to,
        valid_from: on,
        reorganisation_id: reorganisationId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    written.nameIds.push(row.id);
    await audit('unit.rename', unitId, { name: rename.from }, { name: rename.to });
  }
  for (const close of effects.closed) {
    const unitId = idOf(close.code);
    // A split names its first successor as the principal one and lists them all
    // (unit_successors, decision 19), so its page, badge and JSON say "Đã chia thành …".
    const splitInto = close.splitInto.map(idOf);
    const mergedInto = close.mergedInto ? idOf(close.mergedInto) : (splitInto[0] ?? null);
    await trx
      .updateTable('units')
      .set({ closed_on: on, merged_into: mergedInto })
      .where('id', '=', unitId)
      .execute();
    if (splitInto.length > 1) {
      await trx
        .insertInto('unit_successors')
        .values(splitInto.map((successorId) => ({ unit_id: unitId, successor_id: successorId })))
        .execute();
    }
    written.closedUnitIds.push(unitId);
    await audit('unit.close', unitId, null, {
      closedOn: on,
      mergedInto,
      splitInto,
    });
  }
  written.touchedUnitIds = [
    ...new Set([...effects.moved, ...effects.renamed, ...effects.closed].map((u) => idOf(u.code))),
  ];
  if (written.touchedUnitIds.length > 0) {
    await trx
      .updateTable('units')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', 'in', written.touchedUnitIds)
      .execute();
  }
  return written;
}
