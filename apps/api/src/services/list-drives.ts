// The registration drives of the units a user can see, newest first, with how many signed up.
import type { IsoDate } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import { unitInScope } from '../access/unit-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { toDriveDto, toRegistrationDto } from './drive-dto.js';
import { nameAsOf } from './unit-name-on.js';

export async function listDrives(db: Kysely<Database>, who: { user: SessionUser; today: IsoDate }) {
  const rows = await db
    .selectFrom('registration_drives as d')
    .innerJoin('units as un', 'un.id', 'd.unit_id')
    .selectAll('d')
    // Each drive names its unit as it is called today: no screen needs the tree for it.
    .select(nameAsOf('un', who.today).as('unit_name'))
    .select((eb) =>
      eb
        .selectFrom('registrations as r')
        .select((e) => e.fn.countAll().as('n'))
        .whereRef('r.drive_id', '=', 'd.id')
        .as('registered'),
    )
    .where(unitInScope('drive.read', who.user, sql.ref('d.unit_id'), who.today))
    .orderBy('d.starts_on', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    ...toDriveDto(r),
    unitName: r.unit_name,
    registeredCount: Number(r.registered ?? 0),
  }));
}

/** A drive's registrations, newest first; contacts only for roles that may see them. */
export async function listDriveRegistrations(
  db: Kysely<Database>,
  driveId: string,
  canSeeContacts: boolean,
) {
  const rows = await db
    .selectFrom('registrations')
    .selectAll()
    .where('drive_id', '=', driveId)
    .orderBy('created_at', 'desc')
    .limit(5_000)
    .execute();
  return rows.map((r) => toRegistrationDto(r, canSeeContacts));
}
