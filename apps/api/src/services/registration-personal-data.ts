// A registrant's rights under Law 91/2025/QH15, like a giver's: see everything held about
// them, or have it erased. Erasure keeps the row (the drive's count stays true) and removes
// the name and contacts.
import type { Kysely } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import type { Database } from '../db/schema.js';
import { eraseContactDetails } from './erase-contact-details.js';
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
  return eraseContactDetails(db, scope.user.id, {
    kind: 'registration',
    id,
    unitId: drive.unit_id,
  });
}
