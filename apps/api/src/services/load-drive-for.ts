// A registration drive read for a staff action: found, then the action checked on its unit.
import type { Action } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { authorize } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { DRIVE_NOT_FOUND, REGISTRATION_NOT_FOUND } from './drive-dto.js';

export async function loadDriveFor(
  db: Kysely<Database>,
  scope: Pick<Scope, 'user' | 'today'>,
  action: Action,
  driveId: string,
) {
  const drive = await db
    .selectFrom('registration_drives')
    .selectAll()
    .where('id', '=', driveId)
    .executeTakeFirst();
  if (!drive) throw notFound(DRIVE_NOT_FOUND);
  await authorize(db, scope, { action, unitId: drive.unit_id, notFound: DRIVE_NOT_FOUND });
  return drive;
}

/** The drive a registration belongs to, checked for the action. */
export async function loadRegistrationFor(
  db: Kysely<Database>,
  scope: Pick<Scope, 'user' | 'today'>,
  action: Action,
  registrationId: string,
) {
  const row = await db
    .selectFrom('registrations')
    .selectAll()
    .where('id', '=', registrationId)
    .executeTakeFirst();
  if (!row) throw notFound(REGISTRATION_NOT_FOUND);
  const drive = await loadDriveFor(db, scope, action, row.drive_id);
  return { registration: row, drive };
}
