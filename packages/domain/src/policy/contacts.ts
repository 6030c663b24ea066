// Whose contact details a role sees unmasked: personal data under Decree 13/2023. The
// ambassador and pledge screens, their exports and the API all ask here; the grants live
// in the one policy table (actions.ts) like every other rule.
import type { Role } from '../labels.js';
import { can } from './decide.js';

export type ContactHolder = 'ambassador' | 'pledge';

const ACTION_OF = {
  ambassador: 'ambassador.seeContacts',
  pledge: 'pledge.seeContacts',
} as const;

/** True when the role sees this kind of person's email and phone; else they are masked. */
export const seesContacts = (role: Role, holder: ContactHolder) =>
  can({ role, action: ACTION_OF[holder] });
