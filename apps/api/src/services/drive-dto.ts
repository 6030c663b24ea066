// What staff screens get of registration drives and registrations. Contacts go only to
// roles the policy lets see them (registration.seeContacts); others see that some were left.
import type { Selectable } from 'kysely';
import type { RegistrationDriveTable, RegistrationTable } from '../db/schema-giving.js';

export const DRIVE_NOT_FOUND = {
  vi: 'Không tìm thấy đợt đăng ký',
  en: 'Registration drive not found',
};
export const REGISTRATION_NOT_FOUND = {
  vi: 'Không tìm thấy lượt đăng ký',
  en: 'Registration not found',
};

export function toDriveDto(row: Selectable<RegistrationDriveTable>) {
  return {
    id: row.id,
    version: row.version,
    unitId: row.unit_id,
    code: row.code,
    kind: row.kind,
    title: row.title,
    description: row.description,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    place: row.place,
    capacity: row.capacity,
    isOpen: row.is_open,
  };
}

export function toRegistrationDto(row: Selectable<RegistrationTable>, canSeeContacts: boolean) {
  return {
    id: row.id,
    version: row.version,
    displayName: row.display_name,
    contactEmail: canSeeContacts ? row.contact_email : null,
    contactPhone: canSeeContacts ? row.contact_phone : null,
    hasContacts: row.contact_email !== null || row.contact_phone !== null,
    consentVersion: row.consent_version,
    createdAt: new Date(row.created_at).toISOString(),
    isErased: row.erased_at !== null,
  };
}
