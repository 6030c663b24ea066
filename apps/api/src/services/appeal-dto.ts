// What staff screens get of appeals and pledges. A pledge's contact details go only to
// roles the policy lets see them (pledge.seeContacts); others see that some were left.
import type { Selectable } from 'kysely';
import { type AppealTable, type PledgeTable, toAmount } from '../db/schema-giving.js';

export const APPEAL_NOT_FOUND = { vi: 'Không tìm thấy đợt vận động', en: 'Appeal not found' };
export const PLEDGE_NOT_FOUND = { vi: 'Không tìm thấy lượt ủng hộ', en: 'Pledge not found' };

export function toAppealDto(row: Selectable<AppealTable>) {
  return {
    id: row.id,
    version: row.version,
    unitId: row.unit_id,
    code: row.code,
    title: row.title,
    story: row.story,
    targetAmount: toAmount(row.target_amount) ?? 0,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    bankBin: row.bank_bin,
    accountNumber: row.account_number,
    accountName: row.account_name,
  };
}

export function toPledgeDto(row: Selectable<PledgeTable>, canSeeContacts: boolean) {
  const hasContacts = row.contact_email !== null || row.contact_phone !== null;
  return {
    id: row.id,
    version: row.version,
    reference: row.reference,
    amount: toAmount(row.amount),
    displayName: row.display_name,
    isAnonymous: row.display_name === null,
    contactEmail: canSeeContacts ? row.contact_email : null,
    contactPhone: canSeeContacts ? row.contact_phone : null,
    hasContacts,
    consentVersion: row.consent_version,
    consentedAt: new Date(row.consented_at).toISOString(),
    receivedAmount: toAmount(row.received_amount),
    receivedOn: row.received_on,
    isErased: row.erased_at !== null,
  };
}
