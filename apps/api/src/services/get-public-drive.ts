// What the public sees of a registration drive: what, when, where, and how many places are
// left. Never who registered: the public answer holds no names and no contacts.
import { todayInVietnam } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export async function getPublicDrive(db: Kysely<Database>, code: string, now = new Date()) {
  const drive = await db
    .selectFrom('registration_drives as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .selectAll('d')
    .select(['u.code as unitCode', 'u.name as unitName'])
    .select((eb) =>
      eb
        .selectFrom('registrations as r')
        .select((e) => e.fn.countAll().as('n'))
        .whereRef('r.drive_id', '=', 'd.id')
        .as('registered'),
    )
    .where('d.code', '=', code)
    .executeTakeFirst();
  if (!drive) return null;
  const registeredCount = Number(drive.registered ?? 0);
  const placesLeft = drive.capacity === null ? null : Math.max(0, drive.capacity - registeredCount);
  return {
    id: drive.id,
    unitId: drive.unit_id,
    body: {
      code: drive.code,
      kind: drive.kind,
      title: drive.title,
      description: drive.description,
      unit: { code: drive.unitCode, name: drive.unitName },
      startsOn: drive.starts_on,
      endsOn: drive.ends_on,
      place: drive.place,
      capacity: drive.capacity,
      registeredCount,
      placesLeft,
      isOpen: drive.is_open && todayInVietnam(now) <= drive.ends_on && placesLeft !== 0,
    },
  };
}
