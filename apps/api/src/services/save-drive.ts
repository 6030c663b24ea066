// Creates or edits a registration drive. The public drive JSON shows it, so its unit's
// public answers go stale (the router tells the cache).
import type { DriveInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { authorize } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import type { Database } from '../db/schema.js';
import { conflict, notFound } from '../errors.js';
import { sanitizePlainText } from '../sanitize/sanitize-story-html.js';
import { appendAuditEvent } from './append-audit-event.js';
import { DRIVE_NOT_FOUND, toDriveDto } from './drive-dto.js';

export async function saveDrive(db: Kysely<Database>, scope: Scope, input: DriveInput) {
  await authorize(db, scope, { action: 'drive.manage', unitId: input.unitId });
  const values = {
    unit_id: input.unitId,
    code: input.code,
    kind: input.kind,
    title: input.title,
    description: sanitizePlainText(input.description),
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    place: input.place,
    capacity: input.capacity,
    is_open: input.isOpen,
  };
  return db.transaction().execute(async (trx) => {
    const before = input.id
      ? await trx
          .selectFrom('registration_drives')
          .selectAll()
          .where('id', '=', input.id)
          .forUpdate()
          .executeTakeFirst()
      : null;
    if (input.id && !before) throw notFound(DRIVE_NOT_FOUND);
    if (before) {
      // Moving a drive to another unit needs the right over the one it leaves too.
      await authorize(trx, scope, {
        action: 'drive.manage',
        unitId: before.unit_id,
        notFound: DRIVE_NOT_FOUND,
      });
      if (before.version !== input.version) throw conflict(toDriveDto(before));
    }
    const after = before
      ? await trx
          .updateTable('registration_drives')
          .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
          .where('id', '=', before.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('registration_drives')
          .values({ ...values, created_by: scope.user.id })
          .returningAll()
          .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: scope.user.id,
      action: before ? 'drive.update' : 'drive.create',
      entity: 'registration_drive',
      entityId: after.id,
      unitId: after.unit_id,
      before: before && toDriveDto(before),
      after: toDriveDto(after),
    });
    return toDriveDto(after);
  });
}
