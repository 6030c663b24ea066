// A registrant's rights under Law 91/2025/QH15, like a giver's: see everything held about
// them, or have it erased. Erasure keeps the row (the drive's count stays true) and removes
// the name and contacts.
import type { Kysely } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import type { Database } from '../db/schema.js';
import { appendAuditEvent } from './append-audit-event.js';
import { loadRegistrationFor } from './load-drive-for.js';

export async function exportRegistrationData(db: Kysely<Database>, scope: Scope, id: string) {
  const { registration: r, drive } = await loadRegistrationFor(
    db,
    scope,
    'registration.seeContacts',
    id,
  );
  return {
    drive: { code: drive.code, title: drive.title, kind: drive.kind },
    displayName: r.display_name,
    contactEmail: r.contact_email,
    contactPhone: r.contact_phone,
    consentVersion: r.consent_version,
    consentedAt: new Date(r.consented_at).toISOString(),
    registeredAt: new Date(r.created_at).toISOString(),
    erasedAt: r.erased_at ? new Date(r.erased_at).toISOString() : null,
  };
}

export async function eraseRegistration(db: Kysely<Database>, scope: Scope, id: string) {
  const { drive } = await loadRegistrationFor(db, scope, 'registration.erase', id);
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('registrations')
      .set((eb) => ({
        display_name: null,
        contact_email: null,
        contact_phone: null,
        erased_at: eb.fn.coalesce('erased_at', eb.val(new Date())),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, {
      actorId: scope.user.id,
      action: 'registration.erase',
      entity: 'registration',
      entityId: id,
      unitId: drive.unit_id,
      after: { erased: true },
    });
    return { id, erased: true, unitId: drive.unit_id };
  });
}
