// Creates or edits an ambassador's profile and the units and programs they accompany.
import type { ZSaveAmbassadorInput } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import { authorize } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import { ownedInScope } from '../access/province-owned.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { AppError, conflict, notFound } from '../errors.js';
import { toAmbassadorDto } from './ambassador-dto.js';
import { appendAuditEvent } from './append-audit-event.js';

type Input = z.output<typeof ZSaveAmbassadorInput>;

export async function saveAmbassador(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: Input,
) {
  for (const link of input.units)
    await authorize(db, scope, { action: 'ambassador.manage', unitId: link.unitId });
  const values = {
    name: input.name,
    field: input.field,
    channels: JSON.stringify(input.channels),
    photo_url: input.photoUrl,
    contact_email: input.contactEmail,
    contact_phone: input.contactPhone,
    status: input.status,
    term_from: input.termFrom,
    term_to: input.termTo,
  };
  return db.transaction().execute(async (trx) => {
    const before = input.id
      ? await trx
          .selectFrom('ambassadors')
          .selectAll()
          .where('id', '=', input.id)
          .where(ownedInScope('ambassador.manage', scope, sql.ref('province_id')))
          .forUpdate()
          .executeTakeFirst()
      : null;
    if (input.id && !before)
      throw notFound({ vi: 'Không tìm thấy đại sứ', en: 'Ambassador not found' });
    if (before?.erased_at)
      throw new AppError('CONFLICT', {
        vi: 'Dữ liệu của đại sứ này đã bị xóa theo yêu cầu',
        en: "This ambassador's data was erased on request",
      });
    if (before && before.version !== input.version) throw conflict(toAmbassadorDto(before, true));
    const after = before
      ? await trx
          .updateTable('ambassadors')
          .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
          .where('id', '=', before.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('ambassadors')
          .values({ ...values, province_id: scope.provinceId })
          .returningAll()
          .executeTakeFirstOrThrow();
    await trx.deleteFrom('ambassador_units').where('ambassador_id', '=', after.id).execute();
    const links = [...new Map(input.units.map((u) => [`${u.unitId}|${u.program}`, u])).values()];
    if (links.length > 0) {
      await trx
        .insertInto('ambassador_units')
        .values(
          links.map((u) => ({ ambassador_id: after.id, unit_id: u.unitId, program: u.program })),
        )
        .execute();
    }
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: before ? 'ambassador.update' : 'ambassador.create',
      entity: 'ambassador',
      entityId: after.id,
      before: before && toAmbassadorDto(before, true),
      after: { ...toAmbassadorDto(after, true), units: links },
    });
    return toAmbassadorDto(after, true);
  });
}
