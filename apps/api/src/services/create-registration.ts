// A registration from the public form: the drive's row is locked so that two people cannot
// take its last place; the consent version is stored with it, contacts only as given. No
// account acts here, so the audit event has no actor and names no person.
import type { RegistrationInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { appendAuditEvent } from './append-audit-event.js';

export type RegistrationOutcome =
  | { status: 'registered'; id: string }
  | { status: 'full' | 'closed' };

export async function createRegistration(
  db: Kysely<Database>,
  driveId: string,
  input: RegistrationInput,
): Promise<RegistrationOutcome> {
  return db.transaction().execute(async (trx) => {
    const drive = await trx
      .selectFrom('registration_drives')
      .select(['unit_id', 'capacity', 'is_open'])
      .where('id', '=', driveId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (!drive.is_open) return { status: 'closed' };
    if (drive.capacity !== null) {
      const { n } = await trx
        .selectFrom('registrations')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('drive_id', '=', driveId)
        .executeTakeFirstOrThrow();
      if (Number(n) >= drive.capacity) return { status: 'full' };
    }
    const row = await trx
      .insertInto('registrations')
      .values({
        drive_id: driveId,
        display_name: input.displayName,
        contact_email: input.contactEmail,
        contact_phone: input.contactPhone,
        consent_version: input.consentVersion,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: null,
      action: 'registration.create',
      entity: 'registration',
      entityId: row.id,
      unitId: drive.unit_id,
      after: { driveId, consentVersion: input.consentVersion },
    });
    return { status: 'registered', id: row.id };
  });
}
