// KOL ambassadors as each role may see them. Contact details are personal data (Vietnam's
// Decree 13/2023 on personal data protection): administrators and reviewers see them,
// everyone else sees a mask that confirms a contact exists without revealing it.
import type { Selectable } from 'kysely';
import type { AmbassadorTable } from '../db/schema.js';

type Row = Selectable<AmbassadorTable>;

export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `•••• ${digits.slice(-3)}`;
}

export function toAmbassadorDto(row: Row, canSeeContacts: boolean) {
  return {
    id: row.id,
    name: row.name,
    field: row.field,
    channels: row.channels,
    photoUrl: row.photo_url,
    contactEmail:
      row.contact_email && (canSeeContacts ? row.contact_email : maskEmail(row.contact_email)),
    contactPhone:
      row.contact_phone && (canSeeContacts ? row.contact_phone : maskPhone(row.contact_phone)),
    isContactMasked: !canSeeContacts,
    status: row.status,
    termFrom: row.term_from,
    termTo: row.term_to,
    isErased: row.erased_at !== null,
    version: row.version,
  };
}
